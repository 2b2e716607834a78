import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { nonceOf, PageCache, withNonce, type CachedPage } from "./page-cache";
import { DOCUMENT_LOAD_HEADER, isCacheableOverviewLoad, markOverviewDocumentLoad } from "./overview-page";
import { RENDER_HEADER } from "./self-address";

const page = (html: string, nonce = "N0nce+/=", status = 200): CachedPage => ({ status, html, nonce, contentType: "text/html" });

describe("page cache", () => {
  it("renders once per key however many readers ask at once", async () => {
    const cache = new PageCache(60_000);
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 10));
      return page(`<p>${renders}</p>`);
    };
    const pages = await Promise.all(Array.from({ length: 100 }, () => cache.get("g1", render, () => true)));
    expect(renders).toBe(1);
    expect(new Set(pages.map((p) => p.html))).toEqual(new Set(["<p>1</p>"]));
    expect((await cache.get("g1", render, () => true)).html).toBe("<p>1</p>");
    // A write (new generation) renders again.
    expect((await cache.get("g2", render, () => true)).html).toBe("<p>2</p>");
  });

  it("keeps no page that failed, aged, or whose generation changed while rendering", async () => {
    const cache = new PageCache(1000);
    let n = 0;
    await cache.get("g", async () => page("x", "", 500), () => true, 0);
    await cache.get("g", async () => page(`ok${++n}`), () => false, 0);
    expect((await cache.get("g", async () => page(`ok${++n}`), () => true, 0)).html).toBe("ok2");
    expect((await cache.get("g", async () => page(`ok${++n}`), () => true, 500)).html).toBe("ok2");
    expect((await cache.get("g", async () => page(`ok${++n}`), () => true, 1000)).html).toBe("ok3");
  });

  it("gives each answer its own nonce", () => {
    const csp = "default-src 'self'; script-src 'self' 'nonce-N0nce+/=' 'strict-dynamic'";
    expect(nonceOf(csp)).toBe("N0nce+/=");
    const p = page('<script nonce="N0nce+/=">a</script><script nonce="N0nce+/=" src="/x.js"></script>"nonce":"N0nce+/="');
    expect(withNonce(p, "fresh")).toBe('<script nonce="fresh">a</script><script nonce="fresh" src="/x.js"></script>"nonce":"fresh"');
  });

  it("answers only a browser's plain load of \"/\": never a client navigation (RSC), a prefetch or the server's own render", () => {
    const marked = (method: string, url: string, headers: Record<string, string> = {}) => {
      const req = { method, url, headers: { ...headers } } as unknown as IncomingMessage;
      markOverviewDocumentLoad(req);
      return isCacheableOverviewLoad({ method, headers: new Headers(req.headers as Record<string, string>) });
    };
    expect(marked("GET", "/", { accept: "text/html" })).toBe(true);
    expect(marked("GET", "/?_rsc=abc", { rsc: "1" })).toBe(false);
    expect(marked("GET", "/", { rsc: "1" })).toBe(false);
    expect(marked("GET", "/", { "next-router-prefetch": "1" })).toBe(false);
    expect(marked("GET", "/", { [RENDER_HEADER]: "x" })).toBe(false);
    expect(marked("GET", "/?x=1")).toBe(false);
    expect(marked("HEAD", "/")).toBe(false);
    expect(marked("GET", "/compare")).toBe(false);
    // A client cannot mark its own request.
    expect(marked("GET", "/", { rsc: "1", [DOCUMENT_LOAD_HEADER]: "guess" })).toBe(false);
  });
});
