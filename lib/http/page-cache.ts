// A cache of whole pages whose content depends only on the store (the overview "/"), so that
// 100 readers at once cost one render per store generation instead of one each. Every answer
// still gets its own CSP nonce: the one the render was made with is swapped for the request's.

export interface CachedPage {
  status: number;
  html: string;
  /** The nonce the page was rendered with ("" when it has none). */
  nonce: string;
  contentType: string;
}

/** The nonce of a Content-Security-Policy value ('nonce-…' in script-src). */
export function nonceOf(csp: string | null): string {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp ?? "")?.[1] ?? "";
}

/** The page as rendered for another request, carrying this request's nonce instead. */
export function withNonce(page: CachedPage, nonce: string): string {
  return page.nonce && nonce ? page.html.split(page.nonce).join(nonce) : page.html;
}

/**
 * One entry per page, kept while its key (the store generation and the month) is unchanged and
 * for at most `maxAgeMs`; concurrent misses share one render.
 */
export class PageCache {
  private entry: { key: string; at: number; page: CachedPage } | null = null;
  private pending: { key: string; promise: Promise<CachedPage> } | null = null;

  constructor(private readonly maxAgeMs: number) {}

  async get(key: string, render: () => Promise<CachedPage>, stillValid: () => boolean, now = Date.now()): Promise<CachedPage> {
    if (this.entry && this.entry.key === key && now - this.entry.at < this.maxAgeMs) return this.entry.page;
    if (this.pending?.key === key) return this.pending.promise;
    const promise = render().then((page) => {
      // Only a complete page of a generation that did not change while it rendered is kept.
      if (page.status === 200 && stillValid()) this.entry = { key, at: now, page };
      return page;
    });
    this.pending = { key, promise };
    try {
      return await promise;
    } finally {
      if (this.pending?.promise === promise) this.pending = null;
    }
  }
}
