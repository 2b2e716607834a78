// "/" served from the page cache: proxy.ts rewrites plain GETs of "/" here. The page's data
// change only when the store is written (a sync), so it is rendered once per store generation
// and month (and at most every PAGE_MAX_AGE_MS), by asking this server for "/" itself.
import { getDb } from "@/lib/store/server";
import { storeGeneration } from "@/lib/store/generation";
import { currentMonth } from "@/lib/calendar/months";
import { nonceOf, PageCache, withNonce, type CachedPage } from "@/lib/http/page-cache";
import { RENDER_HEADER, renderSecret, serverAddress } from "@/lib/http/self-address";

export const dynamic = "force-dynamic";

/** The sync bar's "next sync" and relative times are the only things that age without a write. */
const PAGE_MAX_AGE_MS = 60_000;
const RENDER_TIMEOUT_MS = 30_000;

const state = globalThis as unknown as { __radarOverviewPage?: PageCache };
const cache = (state.__radarOverviewPage ??= new PageCache(PAGE_MAX_AGE_MS));

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

export async function GET(req: Request): Promise<Response> {
  const base = serverAddress();
  if (base === null) return Response.json({ error: "the page cache is not ready" }, { status: 404 });
  const db = getDb();
  const key = `${storeGeneration(db)}|${currentMonth()}`;
  const page = await cache.get(key, () => renderOverview(base), () => storeGeneration(db) === key.split("|")[0]);
  return new Response(withNonce(page, nonceOf(req.headers.get("content-security-policy"))), {
    status: page.status,
    headers: { "Content-Type": page.contentType, "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" },
  });
}
