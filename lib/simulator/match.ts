// Evaluates a QueryNode over the corpus the way arXiv's search does, closely enough for tests:
// word terms per field, phrases, trailing-* prefixes, exact or prefix categories, AND/OR/ANDNOT,
// and submittedDate ranges to the minute.
import type { QueryField, QueryNode } from "../arxiv/query-ast";
import { loadCorpus, queryWords, textsOfField, type TextField } from "./corpus";

/** What the matcher needs to know of a simulated paper. */
export interface DatedPaper {
  /** Index of the real paper in the corpus. */
  i: number;
  /** Simulated arXiv id without version, e.g. "2403.01234". */
  id: string;
  publishedMs: number;
}

/** A half-open interval of epoch milliseconds. */
export interface TimeRange {
  fromMs: number;
  toMs: number;
}

export const ALL_TIME: TimeRange = { fromMs: -Infinity, toMs: Infinity };

/** `all:` searches every text field (not categories or ids, which are exact labels). */
const ALL_FIELDS: TextField[] = ["ti", "au", "abs", "co", "jr", "rn"];

/**
 * "YYYYMMDDHHMM" (or "YYYYMMDD") to the start of that minute (or day), GMT. `end` gives the
 * exclusive end instead: arXiv's range is inclusive, so 202401312359 includes 23:59:59.
 */
export function arxivTimeToMs(text: string, end: boolean): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?$/.exec(text);
  if (!m) throw new RangeError(`submittedDate bound "${text}" is not YYYYMMDDHHMM`);
  const [y, mo, d, h, mi] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const minute = h === undefined ? undefined : (mi ?? 0);
  const start = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, minute ?? 0);
  if (!end) return start;
  return start + (h === undefined ? 86_400_000 : 60_000);
}

export function dateRangeOf(node: { from: string; to: string }): TimeRange {
  return { fromMs: arxivTimeToMs(node.from, false), toMs: arxivTimeToMs(node.to, true) };
}

const termCache = new Map<string, Uint8Array>();

function fieldMatches(field: TextField, needle: string): Uint8Array {
  const texts = textsOfField(field);
  const out = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) if ((texts[i] as string).includes(needle)) out[i] = 1;
  return out;
}

function categoryMatches(value: string): Uint8Array {
  const papers = loadCorpus();
  const wanted = value.toLowerCase();
  const prefix = wanted.endsWith("*") ? wanted.slice(0, -1) : null;
  const out = new Uint8Array(papers.length);
  papers.forEach((p, i) => {
    const hit = p.categories.some((c) => {
      const cat = c.toLowerCase();
      return prefix === null ? cat === wanted : cat.startsWith(prefix);
    });
    if (hit) out[i] = 1;
  });
  return out;
}

/** Corpus papers a single term matches; cached, since topics reuse the same terms every month. */
export function termMatches(field: Exclude<QueryField, "id">, value: string): Uint8Array {
  const key = `${field}\u0000${value}`;
  const cached = termCache.get(key);
  if (cached) return cached;
  let out: Uint8Array;
  if (field === "cat") out = categoryMatches(value);
  else {
    const words = queryWords(value);
    const prefix = value.trimEnd().endsWith("*");
    // No words (e.g. `ti:"--"`) matches nothing rather than everything.
    const needle = words.length === 0 ? null : ` ${words.join(" ")}${prefix ? "" : " "}`;
    const fields = field === "all" ? ALL_FIELDS : [field];
    out = new Uint8Array(loadCorpus().length);
    if (needle !== null)
      for (const f of fields) {
        const hits = fieldMatches(f, needle);
        for (let i = 0; i < out.length; i++) if (hits[i] === 1) out[i] = 1;
      }
  }
  termCache.set(key, out);
  return out;
}

function idMatches(value: string, id: string): boolean {
  const bare = value.trim().replace(/v\d+$/, "");
  return bare === id;
}

function usesPaperOnly(node: QueryNode): boolean {
  switch (node.kind) {
    case "term":
      return node.field !== "id";
    case "submittedDate":
      return false;
    case "and":
    case "or":
      return node.operands.every(usesPaperOnly);
    case "andnot":
      return usesPaperOnly(node.left) && usesPaperOnly(node.right);
  }
}

/** Corpus papers matched by a tree without dates or ids: bitwise set operations on term sets. */
function corpusMatches(node: QueryNode): Uint8Array {
  const n = loadCorpus().length;
  switch (node.kind) {
    case "term":
      if (node.field === "id") throw new Error("id terms depend on the simulated paper");
      return termMatches(node.field, node.value);
    case "submittedDate":
      throw new Error("dates depend on the simulated paper");
    case "and":
    case "or": {
      const out = new Uint8Array(n).fill(node.kind === "and" ? 1 : 0);
      for (const op of node.operands) {
        const m = corpusMatches(op);
        for (let i = 0; i < n; i++) out[i] = node.kind === "and" ? (out[i] as number) & (m[i] as number) : (out[i] as number) | (m[i] as number);
      }
      return out;
    }
    case "andnot": {
      const left = corpusMatches(node.left);
      const right = corpusMatches(node.right);
      return left.map((v, i) => v & ((right[i] as number) ^ 1));
    }
  }
}

function matchesPaper(node: QueryNode, p: DatedPaper): boolean {
  switch (node.kind) {
    case "term":
      return node.field === "id" ? idMatches(node.value, p.id) : termMatches(node.field, node.value)[p.i] === 1;
    case "submittedDate": {
      const r = dateRangeOf(node);
      return p.publishedMs >= r.fromMs && p.publishedMs < r.toMs;
    }
    case "and":
      return node.operands.every((op) => matchesPaper(op, p));
    case "or":
      return node.operands.some((op) => matchesPaper(op, p));
    case "andnot":
      return matchesPaper(node.left, p) && !matchesPaper(node.right, p);
  }
}

/** The widest time window a match can fall in, so a search only visits the months it must. */
function windowOf(node: QueryNode): TimeRange {
  switch (node.kind) {
    case "term":
      return ALL_TIME;
    case "submittedDate":
      return dateRangeOf(node);
    case "and":
      return node.operands.map(windowOf).reduce((a, b) => ({ fromMs: Math.max(a.fromMs, b.fromMs), toMs: Math.min(a.toMs, b.toMs) }), ALL_TIME);
    case "or": {
      const ws = node.operands.map(windowOf);
      return { fromMs: Math.min(...ws.map((w) => w.fromMs)), toMs: Math.max(...ws.map((w) => w.toMs)) };
    }
    case "andnot":
      return windowOf(node.left);
  }
}

/** Terms that count towards relevance: everything not on the right of an ANDNOT. */
function positiveTerms(node: QueryNode): { field: QueryField; value: string }[] {
  switch (node.kind) {
    case "term":
      return [node];
    case "submittedDate":
      return [];
    case "and":
    case "or":
      return node.operands.flatMap(positiveTerms);
    case "andnot":
      return positiveTerms(node.left);
  }
}

export interface CompiledQuery {
  /** Time window outside which nothing can match. */
  window: TimeRange;
  /**
   * For the usual shape, "text AND submittedDate:[…]" (or text alone): the corpus papers the
   * text part matches, computed once; a simulated paper then matches when its corpus index is
   * set and its date is inside `window`. Null when dates or ids sit deeper in the tree.
   */
  textMatches: Uint8Array | null;
  matches(p: DatedPaper): boolean;
  /** A deterministic relevance score: title hits weigh more than abstract hits. */
  relevance(i: number): number;
}

const compiledCache = new Map<string, CompiledQuery>();
const textCache = new Map<string, Uint8Array>();

/** Corpus papers the date-free part matches, cached by that part alone (shared by all months). */
function textPartMatches(textPart: QueryNode[]): Uint8Array {
  const key = JSON.stringify(textPart);
  let hits = textCache.get(key);
  if (!hits) {
    hits =
      textPart.length === 0
        ? new Uint8Array(loadCorpus().length).fill(1)
        : corpusMatches(textPart.length === 1 ? (textPart[0] as QueryNode) : { kind: "and", operands: textPart });
    if (textCache.size > 2000) textCache.clear();
    textCache.set(key, hits);
  }
  return hits;
}

export function compileQuery(node: QueryNode): CompiledQuery {
  const key = JSON.stringify(node);
  const cached = compiledCache.get(key);
  if (cached) return cached;

  const window = windowOf(node);
  const top = node.kind === "and" ? node.operands : [node];
  const textPart = top.filter((op) => op.kind !== "submittedDate");
  const simple = textPart.every(usesPaperOnly);
  const textMatches = simple ? textPartMatches(textPart) : null;
  const scored = positiveTerms(node).filter((t) => t.field !== "id" && t.field !== "cat");
  const compiled: CompiledQuery = {
    window,
    textMatches,
    matches: textMatches
      ? (p) => textMatches[p.i] === 1 && p.publishedMs >= window.fromMs && p.publishedMs < window.toMs
      : (p) => matchesPaper(node, p),
    relevance: (i) => scored.reduce((s, t) => s + 3 * (termMatches("ti", t.value)[i] ?? 0) + (termMatches("abs", t.value)[i] ?? 0), 0),
  };
  // Bounded: a long-running simulator sees a few hundred distinct queries at most.
  if (compiledCache.size > 2000) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}
