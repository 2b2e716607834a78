// Turns an arXiv Atom response into the app's ResultPage. This is where the wire format stops.
// Elements are matched by namespace URI, never by prefix: the 2017 backend declares its
// namespaces on each element, the 2026 one on <feed>, and either could rename a prefix.
import { DOMParser, ParseError, type Element, type Node } from "@xmldom/xmldom";
import type { Author, Paper, ResultPage } from "./paper";
import { resultPageSchema } from "./atom-schema";
import { ArxivErrorFeedError, ArxivResponseError } from "./errors";
import { canonicalAbsUrl, safeArxivLink } from "./links";

const ATOM = "http://www.w3.org/2005/Atom";
const OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
const ARXIV = "http://arxiv.org/schemas/atom";

const ELEMENT_NODE = 1;
const FEED_OPEN = /<([A-Za-z_][\w.-]*:)?feed[\s>]/;
const FEED_CLOSE = /<\/([A-Za-z_][\w.-]*:)?feed\s*>\s*$/;

function childElements(parent: Element, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && n.namespaceURI === ns && (n as Element).localName === localName) {
      out.push(n as Element);
    }
  }
  return out;
}

function childElement(parent: Element, ns: string, localName: string): Element | null {
  return childElements(parent, ns, localName)[0] ?? null;
}

/** Collapses runs of whitespace: the 2017 backend hard-wraps titles and summaries. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function childText(parent: Element, ns: string, localName: string): string | null {
  const el = childElement(parent, ns, localName);
  return el ? foldWhitespace(el.textContent ?? "") : null;
}

/** "" becomes null: an absent comment and an empty one mean the same to the app. */
function optionalText(parent: Element, ns: string, localName: string): string | null {
  const t = childText(parent, ns, localName);
  return t === null || t === "" ? null : t;
}

function countOf(feed: Element, localName: string): number {
  const raw = childText(feed, OPENSEARCH, localName);
  if (raw === null || !/^\d+$/.test(raw)) {
    throw new ArxivResponseError("invalid-feed", `feed has no usable opensearch:${localName} (got ${JSON.stringify(raw)})`);
  }
  return Number(raw);
}

/** Timestamps leave the adapter in one form, "YYYY-MM-DDTHH:MM:SSZ", so they sort as strings. */
function toUtcIso(raw: string): string {
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? raw : d.toISOString().replace(/\.000Z$/, "Z");
}

/** "http://arxiv.org/abs/astro-ph/0601001v1" → { id: "astro-ph/0601001", version: 1 }. */
export function splitEntryId(entryId: string): { id: string; version: number } | null {
  const m = /\/abs\/(.+)v(\d+)$/.exec(entryId.trim());
  return m ? { id: m[1]!, version: Number(m[2]) } : null;
}

function doiFromUrl(href: string): string {
  return href.replace(/^https?:\/\/(dx\.)?doi\.org\//, "");
}

function reshapeEntry(entry: Element): Paper {
  const entryId = childText(entry, ATOM, "id") ?? "";
  const split = splitEntryId(entryId);
  if (!split) throw new ArxivResponseError("invalid-feed", `entry id ${JSON.stringify(entryId)} is not an arXiv abstract URL`);

  const authors: Author[] = childElements(entry, ATOM, "author").map((a) => ({
    name: childText(a, ATOM, "name") ?? "",
    affiliations: childElements(a, ARXIV, "affiliation")
      .map((el) => foldWhitespace(el.textContent ?? ""))
      .filter((s) => s !== ""),
  }));

  const categories = [
    ...new Set(childElements(entry, ATOM, "category").map((c) => c.getAttribute("term") ?? "")),
  ].filter((t) => t !== "");
  const primaryCategory = childElement(entry, ARXIV, "primary_category")?.getAttribute("term") || categories[0] || "";
  if (primaryCategory && !categories.includes(primaryCategory)) categories.unshift(primaryCategory);

  const links = childElements(entry, ATOM, "link");
  const href = (pick: (l: Element) => boolean) => links.find(pick)?.getAttribute("href") ?? null;
  // Only http(s) arXiv links are kept (lib/arxiv/links.ts): a hostile feed's javascript: never lands.
  const absUrl = safeArxivLink(href((l) => l.getAttribute("rel") === "alternate")) ?? canonicalAbsUrl(split.id, split.version);
  const pdfUrl = safeArxivLink(href((l) => l.getAttribute("title") === "pdf"));
  const doiLink = href((l) => l.getAttribute("title") === "doi");

  return {
    id: split.id,
    version: split.version,
    title: childText(entry, ATOM, "title") ?? "",
    authors,
    summary: childText(entry, ATOM, "summary") ?? "",
    published: toUtcIso(childText(entry, ATOM, "published") ?? ""),
    updated: toUtcIso(childText(entry, ATOM, "updated") ?? ""),
    primaryCategory,
    categories,
    absUrl,
    pdfUrl,
    doi: optionalText(entry, ARXIV, "doi") ?? (doiLink ? doiFromUrl(doiLink) : null),
    journalRef: optionalText(entry, ARXIV, "journal_ref"),
    comment: optionalText(entry, ARXIV, "comment"),
  };
}

/**
 * arXiv reports a refused query as a feed with one entry titled "Error" by "arXiv api core",
 * the message in <summary> (fixture api2026-error-400-bad-id).
 */
function errorFeedOf(entries: Element[]): ArxivErrorFeedError | null {
  const [only] = entries;
  if (entries.length !== 1 || !only || childText(only, ATOM, "title") !== "Error") return null;
  const id = childText(only, ATOM, "id");
  const author = childElement(only, ATOM, "author");
  const byApiCore = author !== null && childText(author, ATOM, "name") === "arXiv api core";
  if (!byApiCore && !id?.includes("/api/errors")) return null;
  return new ArxivErrorFeedError(childText(only, ATOM, "summary") || "(no message)", id);
}

function snippet(s: string): string {
  const t = foldWhitespace(s);
  return JSON.stringify(t.length > 80 ? `${t.slice(0, 80)}…` : t);
}

function parseXml(xml: string): Element {
  const looksLikeFeed = FEED_OPEN.test(xml.slice(0, 2000));
  const closesFeed = FEED_CLOSE.test(xml);
  const problems: string[] = [];
  let root: Element | null;
  try {
    const doc = new DOMParser({
      // Warnings are cosmetic; "error"s (e.g. an undefined entity) mean the text is damaged.
      onError: (level, message) => {
        if (level !== "warning") problems.push(message);
      },
    }).parseFromString(xml, "text/xml");
    root = doc.documentElement;
  } catch (e) {
    const message = e instanceof ParseError || e instanceof Error ? e.message : String(e);
    const kind = looksLikeFeed && !closesFeed ? "truncated" : "malformed-xml";
    throw new ArxivResponseError(kind, `${kind === "truncated" ? "truncated" : "malformed"} XML: ${message}`, { cause: e });
  }
  if (problems.length > 0) throw new ArxivResponseError("malformed-xml", `malformed XML: ${problems[0]}`);
  if (!root || root.namespaceURI !== ATOM || root.localName !== "feed") {
    throw new ArxivResponseError("not-a-feed", `expected an Atom <feed>, got <${root?.tagName ?? "nothing"}>`);
  }
  // xmldom already refuses unclosed tags; this also catches a body cut right after </entry>
  // should a parser ever be lenient about it.
  if (!closesFeed) throw new ArxivResponseError("truncated", "the response ends before </feed>");
  return root;
}

/**
 * Parses one page of arXiv's Atom response.
 * Throws `ArxivErrorFeedError` (permanent) for arXiv's error feed and `ArxivResponseError`
 * (transient) for an empty, non-XML, truncated or otherwise unusable body.
 */
export function parseAtomFeed(xml: string): ResultPage {
  const body = xml.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new ArxivResponseError("empty-body", "the response body is empty");
  if (!body.trimStart().startsWith("<")) {
    throw new ArxivResponseError("not-xml", `the response is not XML: ${snippet(body)}`);
  }
  const feed = parseXml(body);
  const entries = childElements(feed, ATOM, "entry");
  const errorFeed = errorFeedOf(entries);
  if (errorFeed) throw errorFeed;

  const page: ResultPage = {
    totalResults: countOf(feed, "totalResults"),
    startIndex: countOf(feed, "startIndex"),
    itemsPerPage: countOf(feed, "itemsPerPage"),
    papers: entries.map(reshapeEntry),
  };
  const checked = resultPageSchema.safeParse(page);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    throw new ArxivResponseError("invalid-feed", `unexpected feed content at ${where}: ${issue?.message ?? "invalid"}`, {
      cause: checked.error,
    });
  }
  return checked.data;
}
