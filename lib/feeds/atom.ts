// Atom 1.0 (RFC 4287) written by hand: a handful of elements, every text escaped, characters
// XML 1.0 forbids dropped (arXiv text has carried stray control characters).
export const ATOM_NS = "http://www.w3.org/2005/Atom";

export interface AtomCategory {
  term: string;
  scheme?: string;
  label?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 instants. */
  updated: string;
  published: string;
  link: string;
  authors: string[];
  summary: string;
  categories: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  /** The feed's own author, required by Atom when an entry has none. */
  author: string;
  generator?: string;
  entries: AtomEntry[];
}

// Outside XML 1.0's Char production: C0 controls other than tab/LF/CR, surrogates, U+FFFE/F.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const el = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;

function category(c: AtomCategory, indent: string): string {
  const attrs = [`term="${escapeXml(c.term)}"`];
  if (c.scheme) attrs.push(`scheme="${escapeXml(c.scheme)}"`);
  if (c.label) attrs.push(`label="${escapeXml(c.label)}"`);
  return `${indent}<category ${attrs.join(" ")}/>`;
}

function entry(e: AtomEntry): string {
  const i = "    ";
  return [
    "  <entry>",
    el("id", e.id, i),
    `${i}<title type="text">${escapeXml(e.title)}</title>`,
    el("updated", e.updated, i),
    el("published", e.published, i),
    `${i}<link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    ...e.authors.map((a) => `${i}<author><name>${escapeXml(a)}</name></author>`),
    `${i}<summary type="text">${escapeXml(e.summary)}</summary>`,
    ...e.categories.map((c) => category(c, i)),
    "  </entry>",
  ].join("\n");
}

export function renderAtomFeed(f: AtomFeed): string {
  const i = "  ";
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}">`,
    el("id", f.id, i),
    `${i}<title type="text">${escapeXml(f.title)}</title>`,
    ...(f.subtitle ? [`${i}<subtitle type="text">${escapeXml(f.subtitle)}</subtitle>`] : []),
    el("updated", f.updated, i),
    `${i}<link rel="self" type="application/atom+xml" href="${escapeXml(f.selfUrl)}"/>`,
    `${i}<link rel="alternate" type="text/html" href="${escapeXml(f.alternateUrl)}"/>`,
    `${i}<author><name>${escapeXml(f.author)}</name></author>`,
    ...(f.generator ? [el("generator", f.generator, i)] : []),
    ...f.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
