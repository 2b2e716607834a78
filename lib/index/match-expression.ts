// The local query engine's matching rules, as pure functions: a topic query (arXiv syntax,
// parsed by lib/arxiv) becomes an SQLite FTS5 expression over the index, and a paper becomes
// the FTS5 row that expression is matched against. Both sides tokenize the same way, so what a
// query finds can be explained term by term.
//
// The rules (also in the README):
// - Text fields (ti, abs, au, co, jr, all) are split into words at every character that is not
//   a letter or digit; case and accents are ignored ("Vision-Language" = "vision language",
//   "Gül" = "gul"). A bare word matches that word; a phrase matches its words in a row; no
//   stemming ("model" does not find "models"); a trailing * matches any word starting so
//   (abs:hallucinat*). Authors are searched by name, and a phrase never spans two authors.
// - `all:` searches title, abstract, authors, comment and journal reference.
// - `cat:` matches a whole category, primary or cross-list, ignoring case (cat:cs.CL);
//   `cat:cs.*` any category starting "cs.".
// - `id:` matches an arXiv id, without its version.
// - AND, OR and ANDNOT combine as parsed (lib/arxiv makes arXiv's left-to-right order explicit).
import type { QueryField, QueryNode } from "../arxiv/query-ast";
import type { Paper } from "../arxiv/paper";

/** The FTS5 columns, in table order. */
export const INDEX_COLUMNS = ["ti", "abs", "au", "co", "jr", "rn", "cat", "pid"] as const;
export type IndexColumn = (typeof INDEX_COLUMNS)[number];

/** The FTS5 tokenizer of the index (migration 5), and of any temporary index matched alike. */
export const INDEX_TOKENIZER = "unicode61 remove_diacritics 2";

/** Stands between two authors in the `au` column so that no phrase spans two people. */
const AUTHOR_SEPARATOR = " qqauthorsep ";

/** The words of a text, as the FTS5 tokenizer (unicode61, remove_diacritics 2) cuts them. */
export function indexWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function hex(s: string): string {
  return Buffer.from(s, "utf8").toString("hex");
}

/**
 * A category or id is one opaque token, "c" or "i" + the hex of its lower-cased text, so that
 * `cat:cs.CL` cannot match "cs" and "cl" of two other categories, and `cat:cs.*` is a prefix.
 */
export function categoryToken(category: string): string {
  return `c${hex(category.toLowerCase())}`;
}

export function idToken(id: string): string {
  return `i${hex(id.toLowerCase().replace(/v\d+$/, ""))}`;
}

/** The FTS5 row of a paper: one string per column of INDEX_COLUMNS. */
export function indexDocument(p: Pick<Paper, "id" | "title" | "summary" | "authors" | "comment" | "journalRef" | "categories">): Record<IndexColumn, string> {
  return {
    ti: p.title,
    abs: p.summary,
    au: p.authors.map((a) => a.name).join(AUTHOR_SEPARATOR),
    co: p.comment ?? "",
    jr: p.journalRef ?? "",
    rn: "",
    cat: p.categories.map(categoryToken).join(" "),
    pid: idToken(p.id),
  };
}

const FIELD_COLUMNS: Record<Exclude<QueryField, "cat" | "id">, string> = {
  ti: "ti",
  abs: "abs",
  au: "au",
  co: "co",
  jr: "jr",
  rn: "rn",
  all: "{ti abs au co jr}",
};

/** A term of the tree as one FTS5 expression, or null when it can match nothing. */
export function termExpression(node: Extract<QueryNode, { kind: "term" }>): string | null {
  const value = node.value.trim();
  const prefix = value.endsWith("*");
  if (node.field === "cat") {
    const bare = prefix ? value.slice(0, -1) : value;
    if (bare === "") return null;
    // Tokens are hex, so a prefix of the category is a prefix of its token.
    return `cat : "${categoryToken(bare)}"${prefix ? " *" : ""}`;
  }
  if (node.field === "id") return value === "" ? null : `pid : "${idToken(value)}"`;
  const words = indexWords(value);
  if (words.length === 0) return null;
  return `${FIELD_COLUMNS[node.field]} : "${words.join(" ")}"${prefix ? " *" : ""}`;
}

/** A tree with its never-matching terms folded away; null when nothing can match. */
function expression(node: QueryNode): string | null {
  switch (node.kind) {
    case "term":
      return termExpression(node);
    case "submittedDate":
      // Topic queries never carry dates (lib/arxiv refuses them); months come from the index.
      throw new Error("submittedDate cannot be evaluated inside the index; filter by month instead");
    case "and": {
      const parts = node.operands.map(expression);
      if (parts.some((p) => p === null)) return null;
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" AND ")})`;
    }
    case "or": {
      const parts = node.operands.map(expression).filter((p): p is string => p !== null);
      if (parts.length === 0) return null;
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" OR ")})`;
    }
    case "andnot": {
      const left = expression(node.left);
      if (left === null) return null;
      const right = expression(node.right);
      return right === null ? left : `(${left} NOT ${right})`;
    }
  }
}

/** The FTS5 MATCH text for a topic query; null when the query can match no paper at all. */
export function matchExpression(node: QueryNode): string | null {
  return expression(node);
}

/** The distinct positive terms of a query (not under ANDNOT's right side): what can explain a match. */
export function explainableTerms(node: QueryNode): Extract<QueryNode, { kind: "term" }>[] {
  const out = new Map<string, Extract<QueryNode, { kind: "term" }>>();
  const walk = (n: QueryNode) => {
    if (n.kind === "term") out.set(`${n.field}:${n.phrase ? `"${n.value}"` : n.value}`, n);
    else if (n.kind === "and" || n.kind === "or") n.operands.forEach(walk);
    else if (n.kind === "andnot") walk(n.left);
  };
  walk(node);
  return [...out.values()];
}

/** How a term is written in arXiv syntax, for "matched by" labels. */
export function termLabel(t: Extract<QueryNode, { kind: "term" }>): string {
  return `${t.field}:${t.phrase ? `"${t.value}"` : t.value}`;
}
