// Links to a paper's pages are kept only when they are http(s) links to arXiv: a hostile or
// broken feed must not put `javascript:` (or any other site) into the store, a page, a feed
// or a spreadsheet. Checked where papers are parsed and again where links are written out.

export const ARXIV_LINK_HOSTS: ReadonlySet<string> = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]);

/** The URL, normalised, when it is an http(s) arXiv link without credentials; else null. */
export function safeArxivLink(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  if (!ARXIV_LINK_HOSTS.has(parsed.hostname.toLowerCase())) return null;
  return parsed.href;
}

/** arXiv's own address of a paper's abstract page: what a bad abs link is replaced with. */
export function canonicalAbsUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ""}`;
}
