// Topic counts and lists computed from the local index: which indexed papers a query version
// matches (topic_papers), and its monthly counts for every harvested month (monthly_counts).
// A month the harvest never reached has no count (unknown), never 0.
import "server-only";
import type { Db } from "./db";
import type { MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import type { Paper } from "../arxiv/paper";
import { INDEX_COLUMNS, INDEX_TOKENIZER, indexDocument, matchExpression } from "../index/match-expression";
import { toPaper, type PaperRow } from "./papers";
import { isWarmFor, matchingSeqs } from "./term-cache";
import type { CountKey } from "./counts";

/** What the index computes a topic from: its key, its parsed query, or "the whole scope". */
export interface IndexedTopic extends CountKey {
  queryNode: QueryNode;
  /** The share-mode denominator: every paper of the index, whatever the query says. */
  wholeScope?: boolean;
}

/**
 * The (month, paper id, fetched_at) rows a query matches inside the scope; null when the query
 * can match nothing.
 */
function matchSql(node: QueryNode): { sql: string; params: Record<string, unknown> } | null {
  const expr = matchExpression(node);
  if (expr === null) return null;
  return {
    sql: `SELECT p.month, p.id, p.fetched_at FROM paper_fts f JOIN papers p ON p.seq = f.rowid
          WHERE paper_fts MATCH @expr AND p.in_scope = 1`,
    params: { expr },
  };
}

/**
 * Every month the harvest listed (completely, up to some instant) gets a number, zero
 * included: the index has looked there. A month never listed whole stays unknown. The whole
 * scope is counted from the papers themselves; a topic from its matches.
 */
function refreshCounts(db: Db, topic: IndexedTopic, months: readonly MonthKey[] | null, at: string): void {
  const key = { slug: topic.slug, version: topic.queryVersion, at, only: months === null ? null : JSON.stringify(months) };
  const scoped = months === null ? "" : " AND month IN (SELECT value FROM json_each(@only))";
  db.prepare(`DELETE FROM monthly_counts WHERE slug = @slug AND query_version = @version${scoped}`).run(key);
  const count = topic.wholeScope
    ? "(SELECT COUNT(*) FROM papers p WHERE p.month = im.month AND p.in_scope = 1)"
    : "(SELECT COUNT(*) FROM topic_papers tp WHERE tp.slug = @slug AND tp.query_version = @version AND tp.month = im.month)";
  db.prepare(
    `INSERT INTO monthly_counts (slug, query_version, month, count, fetched_at)
     SELECT @slug, @version, im.month, ${count}, @at
     FROM index_months im WHERE im.complete_to IS NOT NULL${months === null ? "" : " AND im.month IN (SELECT value FROM json_each(@only))"}`,
  ).run(key);
}

/**
 * A query version's whole history from the index: its matches (the papers a drill-down lists)
 * and its count for every listed month. For a new topic or an edited query; no arXiv request.
 * The whole-scope baseline keeps counts only (nobody drills into "every paper").
 */
export function recomputeTopic(db: Db, topic: IndexedTopic, now: Date): void {
  const at = now.toISOString();
  const key = { slug: topic.slug, version: topic.queryVersion };
  // An edit in the server usually changes one term of a query whose other terms the preview
  // cache holds: set algebra over cached terms then beats one long full-text query. Cold
  // (the CLI, a new process), the single full-text query is cheaper than term by term.
  const seqs = !topic.wholeScope && isWarmFor(db, topic.queryNode) ? matchingSeqs(db, topic.queryNode) : null;
  const match = topic.wholeScope || seqs ? null : matchSql(topic.queryNode);
  db.transaction(() => {
    db.prepare("DELETE FROM topic_papers WHERE slug = @slug AND query_version = @version").run(key);
    if (seqs) {
      db.prepare(
        `INSERT INTO topic_papers (slug, query_version, month, paper_id, first_seen_at)
         SELECT @slug, @version, p.month, p.id, p.fetched_at FROM papers p
         WHERE p.seq IN (SELECT value FROM json_each(@seqs)) AND p.in_scope = 1`,
      ).run({ ...key, seqs: JSON.stringify(Array.from(seqs)) });
    } else if (match) {
      db.prepare(
        `INSERT INTO topic_papers (slug, query_version, month, paper_id, first_seen_at)
         SELECT @slug, @version, m.month, m.id, m.fetched_at FROM (${match.sql}) m`,
      ).run({ ...key, ...match.params });
    }
    refreshCounts(db, topic, null, at);
    db.prepare(
      `INSERT INTO topic_index_versions (slug, query_version, computed_at) VALUES (@slug, @version, @at)
       ON CONFLICT (slug, query_version) DO UPDATE SET computed_at = excluded.computed_at`,
    ).run({ ...key, at });
  }).immediate();
}

/**
 * After a harvest: the papers it stored or rewrote (fetched_at >= `since`) are matched again
 * for every topic, and the counts of `months` refreshed. Matching runs on a small temporary
 * full-text index of just those papers, with the same tokenizer and expressions as the main
 * one: matching a month's new papers costs about a second, where matching the whole index
 * again costs a second or two per topic.
 */
export function updateTopicsAfterHarvest(db: Db, topics: readonly IndexedTopic[], since: string, months: readonly MonthKey[], now: Date): number {
  const at = now.toISOString();
  db.exec("DROP TABLE IF EXISTS temp.delta_fts; DROP TABLE IF EXISTS temp.delta_papers; DROP TABLE IF EXISTS temp.delta_matches");
  db.exec(`CREATE VIRTUAL TABLE temp.delta_fts USING fts5(${INDEX_COLUMNS.join(", ")}, content = '', tokenize = '${INDEX_TOKENIZER}')`);
  db.exec("CREATE TEMP TABLE delta_papers (id TEXT PRIMARY KEY, seq INTEGER NOT NULL)");
  db.exec("CREATE TEMP TABLE delta_matches (id TEXT PRIMARY KEY)");
  const changed = db.prepare("SELECT * FROM papers WHERE fetched_at >= ?").all(since) as (PaperRow & { seq: number })[];
  const addDoc = db.prepare(`INSERT INTO temp.delta_fts (rowid, ${INDEX_COLUMNS.join(", ")}) VALUES (@seq, ${INDEX_COLUMNS.map((c) => `@${c}`).join(", ")})`);
  const addPaper = db.prepare("INSERT INTO temp.delta_papers (id, seq) VALUES (?, ?)");
  db.transaction(() => {
    for (const r of changed) {
      addDoc.run({ seq: r.seq, ...indexDocument(toPaper(r)) });
      addPaper.run(r.id, r.seq);
    }
  })();
  for (const topic of topics) {
    const key = { slug: topic.slug, version: topic.queryVersion };
    const expr = topic.wholeScope ? null : matchExpression(topic.queryNode);
    db.transaction(() => {
      if (!topic.wholeScope) {
        db.exec("DELETE FROM temp.delta_matches");
        if (expr !== null) {
          db.prepare(
            `INSERT INTO temp.delta_matches (id) SELECT p.id FROM temp.delta_fts f JOIN papers p ON p.seq = f.rowid
             WHERE delta_fts MATCH ? AND p.in_scope = 1`,
          ).run(expr);
        }
        db.prepare(
          `DELETE FROM topic_papers WHERE slug = @slug AND query_version = @version
             AND paper_id IN (SELECT id FROM temp.delta_papers) AND paper_id NOT IN (SELECT id FROM temp.delta_matches)`,
        ).run(key);
        // A paper matched before keeps its first_seen_at ("new since your last visit").
        db.prepare(
          `INSERT INTO topic_papers (slug, query_version, month, paper_id, first_seen_at)
           SELECT @slug, @version, p.month, p.id, p.fetched_at FROM temp.delta_matches d JOIN papers p ON p.id = d.id
           WHERE true ON CONFLICT DO NOTHING`,
        ).run(key);
      }
      refreshCounts(db, topic, months, at);
    }).immediate();
  }
  db.exec("DROP TABLE IF EXISTS temp.delta_fts; DROP TABLE IF EXISTS temp.delta_papers; DROP TABLE IF EXISTS temp.delta_matches");
  return changed.length;
}

/** Whether this query version's matches were ever computed over the whole index. */
export function isTopicComputed(db: Db, key: CountKey): boolean {
  return db.prepare("SELECT 1 FROM topic_index_versions WHERE slug = ? AND query_version = ?").get(key.slug, key.queryVersion) !== undefined;
}

