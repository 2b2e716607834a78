// "/" from the page cache (lib/http/page-cache.ts), answered by proxy.ts itself: the page's
// data change only when the store is written (a sync), so it is rendered once per store
// generation and month (and at most every PAGE_MAX_AGE_MS), by asking this server for "/"
// with the render secret, and every reader gets that render with its own nonce.
import { nonceOf, PageCache, withNonce, type CachedPage } from "./page-cache";
import { RENDER_HEADER, renderSecret, serverAddress } from "./self-address";

/** The sync bar's "next sync" and times are the only things that age without a write. */
const PAGE_MAX_AGE_MS = 60_000;
const RENDER_TIMEOUT_MS = 30_000;

/**
 * The store's generation, published by the server at start (instrumentation.ts): the proxy's
 * bundle does not open the store itself.
 */
const state = globalThis as unknown as { __radarStoreGeneration?: () => string; __radarOverviewPage?: PageCache };

export function publishStoreGeneration(read: () => string): void {
  state.__radarStoreGeneration = read;
}

async function renderOverview(base: string): Promise<CachedPage> {
  const res = await fetch(`${base}/`, {
    headers: { [RENDER_HEADER]: renderSecret(), accept: "text/html" },
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    cache: "no-store",
  });
  return {
    status: res.status,
    html: await res.text(),
    nonce: nonceOf(res.headers.get("content-security-policy")),
    contentType: res.headers.get("content-type") ?? "text/html; charset=utf-8",
  };
}

/** Whether a request is a plain load of "/" that the cache may answer (not a client navigation, not the server's own render). */
export function isCacheableOverviewLoad(req: { method: string; url: string; headers: Headers }): boolean {
  const url = new URL(req.url);
  return (
    req.method === "GET" &&
    url.pathname === "/" &&
    url.search === "" &&
    !req.headers.has("rsc") &&
    !req.headers.has("next-router-prefetch") &&
    req.headers.get(RENDER_HEADER) !== renderSecret()
  );
}

/** The cached "/" with `nonce` in it, or null when the cache cannot answer (let Next render). */
export async function cachedOverviewPage(nonce: string, now = new Date()): Promise<Response | null> {
  const generation = state.__radarStoreGeneration;
  const base = serverAddress();
  if (!generation || base === null) return null;
  let gen: string;
  try {
    gen = generation();
  } catch {
    return null; // the store cannot be read: let the page render (and report it) as usual
  }
  const cache = (state.__radarOverviewPage ??= new PageCache(PAGE_MAX_AGE_MS));
  const page = await cache.get(`${gen}|${now.toISOString().slice(0, 7)}`, () => renderOverview(base), () => generation() === gen);
  return new Response(withNonce(page, nonce), {
    status: page.status,
    headers: { "Content-Type": page.contentType, "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" },
  });
}
