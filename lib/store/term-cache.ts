// Fast query previews over the index. Asking FTS5 for a long topic query costs a second or
// two at 500,000 papers (phrase terms read long position lists); an edit changes one term at a
// time. So each term's matches are kept in memory as a sorted set of paper seqs, the tree is
// evaluated with set algebra, and only terms not seen since the index last changed are asked
// of the full-text index. Everything is dropped when a harvest changes the index (its
// generation, bumped in the same transaction as the papers).
import "server-only";
import type { Db } from "./db";
import type { MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import { termExpression } from "../index/match-expression";
import { EMPTY, difference, fromUnsorted, intersect, union, type SeqSet } from "../index/seq-sets";
import { getIndexMeta } from "./index-papers";

/** Beyond this many cached seqs (4 bytes each), the oldest terms are dropped. */
const MAX_CACHED_SEQS = 25_000_000;

interface CacheState {
  db: Db;
  generation: string;
  terms: Map<string, SeqSet>;
  cachedSeqs: number;
  /** Month of each in-scope paper by seq (index = seq), as an index into `months`; -1 when out of scope. */
  monthOfSeq: Int16Array | null;
  months: MonthKey[];
}

const KEY = Symbol.for("roadmap-radar.term-cache");

function state(db: Db): CacheState {
  const g = globalThis as typeof globalThis & { [KEY]?: CacheState };
  const generation = getIndexMeta(db, "generation") ?? "0";
  const current = g[KEY];
  if (current && current.db === db && current.generation === generation) return current;
  g[KEY] = { db, generation, terms: new Map(), cachedSeqs: 0, monthOfSeq: null, months: [] };
  return g[KEY];
}

function termSeqs(s: CacheState, expr: string): SeqSet {
  const hit = s.terms.get(expr);
  if (hit) {
    // Most recently used last: Map order is the eviction order.
    s.terms.delete(expr);
    s.terms.set(expr, hit);
    return hit;
  }
  const seqs = fromUnsorted(s.db.prepare("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?").pluck().all(expr) as number[]);
  s.terms.set(expr, seqs);
  s.cachedSeqs += seqs.length;
  for (const [k, v] of s.terms) {
    if (s.cachedSeqs <= MAX_CACHED_SEQS || k === expr) break;
    s.terms.delete(k);
    s.cachedSeqs -= v.length;
  }
  return seqs;
}

function evaluate(s: CacheState, node: QueryNode): SeqSet {
  switch (node.kind) {
    case "term": {
      const expr = termExpression(node);
      return expr === null ? EMPTY : termSeqs(s, expr);
    }
    case "and":
      return node.operands.map((o) => evaluate(s, o)).reduce((a, b) => intersect(a, b));
    case "or":
      return node.operands.map((o) => evaluate(s, o)).reduce((a, b) => union(a, b), EMPTY);
    case "andnot":
      return difference(evaluate(s, node.left), evaluate(s, node.right));
    case "submittedDate":
      throw new Error("submittedDate cannot be evaluated inside the index; filter by month instead");
  }
}

function monthIndex(s: CacheState): Int16Array {
  if (s.monthOfSeq) return s.monthOfSeq;
  const rows = s.db.prepare("SELECT seq, month, in_scope FROM papers WHERE seq IS NOT NULL").raw().all() as [number, MonthKey, number][];
  const max = rows.reduce((m, r) => Math.max(m, r[0]), 0);
  const out = new Int16Array(max + 1).fill(-1);
  const ids = new Map<MonthKey, number>();
  for (const [seq, month, inScope] of rows) {
    if (inScope !== 1) continue;
    let id = ids.get(month);
    if (id === undefined) ids.set(month, (id = ids.size));
    out[seq] = id;
  }
  s.months = [...ids.keys()];
  s.monthOfSeq = out;
  return out;
}

/** The seqs of the papers a query matches (scope not applied), from cached term sets. */
export function matchingSeqs(db: Db, node: QueryNode): SeqSet {
  return evaluate(state(db), node);
}

/** Whether every term of the query is cached for the index as it is now (evaluating is then cheap). */
export function isWarmFor(db: Db, node: QueryNode): boolean {
  const s = state(db);
  return termsOf(node).every((t) => s.terms.has(t));
}

/**
 * A query's matches per month inside the scope, from cached term sets, storing nothing (the
 * editor's preview).
 */
export function previewMonthlyMatches(db: Db, node: QueryNode, from: MonthKey, to: MonthKey): Map<MonthKey, number> {
  const s = state(db);
  const seqs = evaluate(s, node);
  const months = monthIndex(s);
  const perMonth = new Int32Array(s.months.length);
  for (let i = 0; i < seqs.length; i++) {
    const m = months[seqs[i] as number] ?? -1;
    if (m >= 0) perMonth[m]! += 1;
  }
  const out = new Map<MonthKey, number>();
  s.months.forEach((month, i) => {
    if (month >= from && month <= to && (perMonth[i] as number) > 0) out.set(month, perMonth[i] as number);
  });
  return out;
}

/** Terms of a tree that a preview would ask the full-text index for. */
function termsOf(node: QueryNode): string[] {
  switch (node.kind) {
    case "term": {
      const e = termExpression(node);
      return e === null ? [] : [e];
    }
    case "and":
    case "or":
      return node.operands.flatMap(termsOf);
    case "andnot":
      return [...termsOf(node.left), ...termsOf(node.right)];
    case "submittedDate":
      return [];
  }
}

/**
 * Fills the cache with the terms of these queries, one term per turn of the event loop, so a
 * server stays responsive while it warms (a term costs up to a few hundred ms at 500,000
 * papers). Called when the server starts and when a sync has changed the index: the first
 * preview of a topic's query then answers from memory.
 */
export async function warmTermCache(db: Db, nodes: readonly QueryNode[]): Promise<void> {
  const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  let s = state(db);
  monthIndex(s);
  for (const expr of new Set(nodes.flatMap(termsOf))) {
    await yieldTurn();
    if (state(db) !== s) s = state(db); // the index changed meanwhile: warm the new generation
    termSeqs(s, expr);
  }
}
