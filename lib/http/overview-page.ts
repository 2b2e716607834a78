// "/" from the page cache (lib/http/page-cache.ts), answered by proxy.ts itself: the page's
// data change only when the store is written (a sync), so it is rendered once per store
// generation and month (and at most every PAGE_MAX_AGE_MS), by asking this server for "/"
// with the render secret, and every reader gets that render with its own nonce.
import type { IncomingMessage } from "node:http";
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

/**
 * Marks a raw request (at the HTTP server, lib/security/http-methods.ts) that is a browser's
 * plain load of "/": Next strips the router's headers (RSC, prefetch) and `_rsc` before the
 * proxy runs, so only here can a client navigation, which wants the RSC payload and not HTML,
 * be told from a page load. A client cannot forge the mark: it is a per-process secret, and any
 * value sent under that name is removed first.
 */
export const DOCUMENT_LOAD_HEADER = "x-radar-document-load";
export function markOverviewDocumentLoad(req: IncomingMessage): void {
  delete req.headers[DOCUMENT_LOAD_HEADER];
  const h = req.headers;
  const plain =
    req.method === "GET" &&
    req.url === "/" &&
    h.rsc === undefined &&
    h["next-router-prefetch"] === undefined &&
    h["next-router-state-tree"] === undefined &&
    h["next-router-segment-prefetch"] === undefined &&
    h["next-action"] === undefined &&
    h[RENDER_HEADER] === undefined;
  if (plain) req.headers[DOCUMENT_LOAD_HEADER] = renderSecret();
}

/** Whether the proxy may answer a request from the cache: a marked plain load of "/". */
export function isCacheableOverviewLoad(req: { method: string; headers: Headers }): boolean {
  return req.method === "GET" && req.headers.get(DOCUMENT_LOAD_HEADER) === renderSecret();
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
