// Writes Atom feeds byte-for-byte in the shape of arXiv's 2026 backend
// (fixtures/arxiv/api2026-search-page-10-entries.atom.xml and api2026-error-400-bad-id.atom.xml).
import { createHash } from "node:crypto";

export interface FeedEntry {
  /** arXiv id without version. */
  id: string;
  version: number;
  title: string;
  summary: string;
  authors: string[];
  categories: string[];
  primaryCategory: string;
  comment: string | null;
  published: Date;
  updated: Date;
}

/** The request as the feed echoes it in its title and link. */
export interface FeedRequestEcho {
  searchQuery: string;
  idList: string;
  start: number;
  maxResults: number;
}

const FEED_OPEN =
  `<?xml version='1.0' encoding='UTF-8'?>\n` +
  `<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n`;

// The 2026 backend escapes only &, < and > in text; quotes too inside attributes.
function text(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(s: string): string {
  return text(s).replace(/"/g, "&quot;");
}

/** "2026-04-12T22:09:27Z": arXiv writes whole seconds. */
export function atomTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// Python's quote_plus, which the 2026 backend uses for the feed link, but keeping ":" as it does.
function quotePlus(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, "+").replace(/%3A/gi, ":").replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function opensearch(itemsPerPage: number, totalResults: number, startIndex: number): string {
  return (
    `  <opensearch:itemsPerPage>${itemsPerPage}</opensearch:itemsPerPage>\n` +
    `  <opensearch:totalResults>${totalResults}</opensearch:totalResults>\n` +
    `  <opensearch:startIndex>${startIndex}</opensearch:startIndex>\n`
  );
}

function renderEntry(e: FeedEntry): string {
  const versioned = `${e.id}v${e.version}`;
  const lines = [
    `  <entry>`,
    `    <id>http://arxiv.org/abs/${versioned}</id>`,
    `    <title>${text(e.title)}</title>`,
    `    <updated>${atomTime(e.updated)}</updated>`,
    `    <link href="https://arxiv.org/abs/${versioned}" rel="alternate" type="text/html"/>`,
    `    <link href="https://arxiv.org/pdf/${versioned}" rel="related" type="application/pdf" title="pdf"/>`,
    `    <summary>${text(e.summary)}</summary>`,
    ...e.categories.map((c) => `    <category term="${attr(c)}" scheme="http://arxiv.org/schemas/atom"/>`),
    `    <published>${atomTime(e.published)}</published>`,
    ...(e.comment === null ? [] : [`    <arxiv:comment>${text(e.comment)}</arxiv:comment>`]),
    `    <arxiv:primary_category term="${attr(e.primaryCategory)}"/>`,
    ...e.authors.flatMap((a) => [`    <author>`, `      <name>${text(a)}</name>`, `    </author>`]),
    `  </entry>`,
  ];
  return lines.join("\n") + "\n";
}

/** A results feed. `itemsPerPage` echoes max_results, as arXiv does even when fewer entries come. */
export function renderFeed(args: {
  request: FeedRequestEcho;
  totalResults: number;
  entries: FeedEntry[];
  updated: Date;
}): string {
  const { request, totalResults, entries, updated } = args;
  const echo = `search_query=${request.searchQuery}&id_list=${request.idList}&start=${request.start}&max_results=${request.maxResults}`;
  // arXiv's feed id is an opaque 27-character hash of the query; a SHA-1 in base64 has that shape.
  const feedId = createHash("sha1").update(echo).digest("base64").replace(/=+$/, "");
  const link =
    `https://arxiv.org/api/query?search_query=${quotePlus(request.searchQuery)}` +
    `&start=${request.start}&max_results=${request.maxResults}&id_list=${quotePlus(request.idList)}`;
  return (
    FEED_OPEN +
    `  <id>https://arxiv.org/api/${feedId}</id>\n` +
    `  <title>arXiv Query: ${text(echo)}</title>\n` +
    `  <updated>${atomTime(updated)}</updated>\n` +
    `  <link href="${attr(link)}" type="application/atom+xml"/>\n` +
    opensearch(request.maxResults, totalResults, request.start) +
    entries.map(renderEntry).join("") +
    `</feed>\n`
  );
}

/** arXiv's error feed: one entry titled "Error", the message in its summary; sent with 400. */
export function renderErrorFeed(message: string, updated: Date): string {
  const anchor = `https://arxiv.org/api/errors#${message.replace(/\s+/g, "_")}`;
  return (
    FEED_OPEN +
    `  <id>https://arxiv.org/</id>\n` +
    `  <title>arXiv Search Results</title>\n` +
    `  <updated>${atomTime(updated)}</updated>\n` +
    opensearch(1, 1, 0) +
    `  <entry>\n` +
    `    <id>${text(anchor)}</id>\n` +
    `    <title>Error</title>\n` +
    `    <updated>${atomTime(updated)}</updated>\n` +
    `    <link href="${attr(anchor)}" rel="alternate" type="text/html"/>\n` +
    `    <summary>${text(message)}</summary>\n` +
    `    <author>\n` +
    `      <name>arXiv api core</name>\n` +
    `    </author>\n` +
    `  </entry>\n` +
    `</feed>\n`
  );
}
