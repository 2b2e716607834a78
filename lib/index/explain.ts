// Why a paper counts: the query's terms evaluated on the paper's own text, with the same
// matching rules as the full-text index (match-expression.ts). Pure, so a drill-down can label
// its 20 papers without asking the index once per term.
import type { QueryNode } from "../arxiv/query-ast";
import type { Paper } from "../arxiv/paper";
import { explainableTerms, indexWords, termLabel } from "./match-expression";

type Term = Extract<QueryNode, { kind: "term" }>;
export type ExplainablePaper = Pick<Paper, "id" | "title" | "summary" | "authors" | "comment" | "journalRef" | "categories">;

interface PaperWords {
  ti: string[];
  abs: string[];
  au: string[][];
  co: string[];
  jr: string[];
}

function wordsOf(p: ExplainablePaper): PaperWords {
  return {
    ti: indexWords(p.title),
    abs: indexWords(p.summary),
    au: p.authors.map((a) => indexWords(a.name)),
    co: indexWords(p.comment ?? ""),
    jr: indexWords(p.journalRef ?? ""),
  };
}

/** Whether `words` holds the query's words in a row (the last one as a prefix when `prefix`). */
function containsRun(words: readonly string[], query: readonly string[], prefix: boolean): boolean {
  if (query.length === 0) return false;
  const last = query.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    let k = 0;
    for (; k <= last; k++) {
      const w = words[i + k] as string;
      const q = query[k] as string;
      if (!(k === last && prefix ? w.startsWith(q) : w === q)) break;
    }
    if (k > last) return true;
  }
  return false;
}

function termMatches(t: Term, p: ExplainablePaper, w: PaperWords): boolean {
  const value = t.value.trim();
  const prefix = value.endsWith("*");
  if (t.field === "cat") {
    const bare = (prefix ? value.slice(0, -1) : value).toLowerCase();
    return p.categories.some((c) => (prefix ? c.toLowerCase().startsWith(bare) : c.toLowerCase() === bare));
  }
  if (t.field === "id") return p.id.toLowerCase() === value.toLowerCase().replace(/v\d+$/, "");
  const q = indexWords(value);
  const run = (words: readonly string[]) => containsRun(words, q, prefix);
  switch (t.field) {
    case "ti":
      return run(w.ti);
    case "abs":
      return run(w.abs);
    case "au":
      return w.au.some(run);
    case "co":
      return run(w.co);
    case "jr":
      return run(w.jr);
    case "rn":
      return false;
    case "all":
      return run(w.ti) || run(w.abs) || w.au.some(run) || run(w.co) || run(w.jr);
  }
}

function evaluate(node: QueryNode, p: ExplainablePaper, w: PaperWords): boolean {
  switch (node.kind) {
    case "term":
      return termMatches(node, p, w);
    case "and":
      return node.operands.every((o) => evaluate(o, p, w));
    case "or":
      return node.operands.some((o) => evaluate(o, p, w));
    case "andnot":
      return evaluate(node.left, p, w) && !evaluate(node.right, p, w);
    case "submittedDate":
      throw new Error("topic queries carry no dates");
  }
}

/** Whether the query matches the paper (categories and scope aside, the index's answer). */
export function queryMatchesPaper(node: QueryNode, p: ExplainablePaper): boolean {
  return evaluate(node, p, wordsOf(p));
}

/** The query's positive terms the paper matches, in query order, as written (ti:LLM, abs:"…"). */
export function matchedTerms(node: QueryNode, p: ExplainablePaper): string[] {
  const w = wordsOf(p);
  return explainableTerms(node).filter((t) => termMatches(t, p, w)).map(termLabel);
}
