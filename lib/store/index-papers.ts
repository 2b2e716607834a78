// The local index: harvested papers with their full-text rows, and the scope flag every topic
// count is taken inside. Writes here keep papers and paper_fts in step, in one transaction.
import "server-only";
import type { Db } from "./db";
import type { Paper } from "../arxiv/paper";
import { INDEX_COLUMNS, indexDocument } from "../index/match-expression";
import { isInScope, loadScope, type IndexScope } from "../index/scope";
import type { PaperRow } from "./papers";

const FTS_INSERT = `INSERT INTO paper_fts (rowid, ${INDEX_COLUMNS.join(", ")}) VALUES (@seq, ${INDEX_COLUMNS.map((c) => `@${c}`).join(", ")})`;

/** Migration 5: full-text rows and scope flags for every paper an older store cached. */
export function indexAllPapers(db: Db): void {
  const scope = loadScope();
  // all(), not iterate(): the connection cannot write while a read cursor is open. Stores of
  // the design before the index held thousands of papers, not millions.
  const rows = db.prepare("SELECT * FROM papers").all() as (PaperRow & { seq: number })[];
  const ftsInsert = db.prepare(FTS_INSERT);
  const flag = db.prepare("UPDATE papers SET in_scope = ? WHERE id = ?");
  for (const r of rows) {
    const categories = JSON.parse(r.categories_json) as string[];
    const authors = JSON.parse(r.authors_json) as Paper["authors"];
    ftsInsert.run({ seq: r.seq, ...indexDocument({ id: r.id, title: r.title, summary: r.summary, authors, comment: r.comment, journalRef: r.journal_ref, categories }) });
    flag.run(isInScope(categories, scope) ? 1 : 0, r.id);
  }
  setIndexMeta(db, "scope_key", scope.key);
}

export function getIndexMeta(db: Db, key: string): string | null {
  return (db.prepare("SELECT value FROM index_meta WHERE key = ?").pluck().get(key) as string | undefined) ?? null;
}

export function setIndexMeta(db: Db, key: string, value: string): void {
  db.prepare("INSERT INTO index_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);
}

/**
 * Recomputes every paper's in-scope flag when the scope changed (RADAR_SCOPE or
 * data/scope.json). Returns whether anything had to be done.
 */
export function applyScope(db: Db, scope: IndexScope): boolean {
  if (getIndexMeta(db, "scope_key") === scope.key) return false;
  db.transaction(() => {
    setIndexMeta(db, "generation", String(Number(getIndexMeta(db, "generation") ?? "0") + 1));
    db.prepare(
      `UPDATE papers SET in_scope = EXISTS (SELECT 1 FROM json_each(papers.categories_json) c
         WHERE c.value IN (SELECT value FROM json_each(?)))`,
    ).run(JSON.stringify(scope.categories));
    setIndexMeta(db, "scope_key", scope.key);
  }).immediate();
  return true;
}

/** Stores papers one at a time with statements prepared once: harvest pages and bulk loads. */
export interface IndexedPaperWriter {
  /**
   * Stores a paper and its full-text row unless the store holds a newer version, or the same
   * version fetched later. Returns "added", "replaced" or "kept". Call inside a transaction.
   */
  put(p: Paper, fetchedAt: string): "added" | "replaced" | "kept";
}

export function createIndexedPaperWriter(
  db: Db,
  scope: IndexScope,
  /**
   * The same version replaces the stored copy when: "later" (a harvest: the fresh listing may
   * carry a new cross-list), "newer" (a snapshot: only if fetched after ours), "never" (the bulk
   * dump, often older than what a sync stored).
   */
  sameVersion: "later" | "newer" | "never" = "later",
): IndexedPaperWriter {
  // Anything that caches what the index matches (the term cache) keys on this generation;
  // writers live inside a transaction, so the bump commits with the papers.
  setIndexMeta(db, "generation", String(Number(getIndexMeta(db, "generation") ?? "0") + 1));
  const existing = db.prepare("SELECT seq, version, fetched_at FROM papers WHERE id = ?");
  const maxSeq = db.prepare("SELECT COALESCE(MAX(seq), 0) FROM papers").pluck();
  const insert = db.prepare(
    `INSERT INTO papers (id, version, title, authors_json, summary, published, updated, primary_category,
       categories_json, abs_url, pdf_url, doi, journal_ref, comment, fetched_at, seq, in_scope)
     VALUES (@id, @version, @title, @authors_json, @summary, @published, @updated, @primary_category,
       @categories_json, @abs_url, @pdf_url, @doi, @journal_ref, @comment, @fetched_at, @seq, @in_scope)`,
  );
  const update = db.prepare(
    `UPDATE papers SET version = @version, title = @title, authors_json = @authors_json, summary = @summary,
       published = @published, updated = @updated, primary_category = @primary_category,
       categories_json = @categories_json, abs_url = @abs_url, pdf_url = @pdf_url, doi = @doi,
       journal_ref = @journal_ref, comment = @comment, fetched_at = @fetched_at, in_scope = @in_scope, seq = @seq
     WHERE id = @id`,
  );
  const ftsDelete = db.prepare("DELETE FROM paper_fts WHERE rowid = ?");
  const ftsInsert = db.prepare(FTS_INSERT);
  const inScope = new Set(scope.categories);
  const keepSame = (incoming: string, stored: string) =>
    sameVersion === "never" || (sameVersion === "later" ? incoming < stored : incoming <= stored);
  // The next free seq, read once per writer: a writer lives inside one transaction.
  let next: number | null = null;
  const takeSeq = () => {
    if (next === null) next = (maxSeq.get() as number) + 1;
    return next++;
  };
  return {
    put(p, fetchedAt) {
      const old = existing.get(p.id) as { seq: number | null; version: number; fetched_at: string } | undefined;
      if (old && (p.version < old.version || (p.version === old.version && keepSame(fetchedAt, old.fetched_at)))) return "kept";
      const seq = old?.seq ?? takeSeq();
      const row = {
        id: p.id,
        version: p.version,
        title: p.title,
        authors_json: JSON.stringify(p.authors),
        summary: p.summary,
        published: p.published,
        updated: p.updated,
        primary_category: p.primaryCategory,
        categories_json: JSON.stringify(p.categories),
        abs_url: p.absUrl,
        pdf_url: p.pdfUrl,
        doi: p.doi,
        journal_ref: p.journalRef,
        comment: p.comment,
        fetched_at: fetchedAt,
        in_scope: p.categories.some((c) => inScope.has(c)) ? 1 : 0,
        seq,
      };
      if (!old) insert.run(row);
      else update.run(row);
      if (old?.seq != null) ftsDelete.run(seq);
      ftsInsert.run({ seq, ...indexDocument(p) });
      return old ? "replaced" : "added";
    },
  };
}

/**
 * Stores harvested papers and their full-text rows in one transaction. A record never
 * replaces a newer version of the same paper; the same version replaces (it may carry a new
 * cross-list). Returns how many papers were new to the store.
 */
export function putIndexedPapers(db: Db, papers: readonly Paper[], fetchedAt: Date, scope: IndexScope): number {
  const at = fetchedAt.toISOString();
  let added = 0;
  db.transaction(() => {
    const writer = createIndexedPaperWriter(db, scope);
    for (const p of papers) if (writer.put(p, at) === "added") added++;
  }).immediate();
  return added;
}

/** Papers of the index (in scope) first submitted in [from, to) (ISO instants). */
export function countIndexedPapersBetween(db: Db, from: string, to: string): number {
  return db
    .prepare("SELECT COUNT(*) FROM papers WHERE published >= ? AND published < ? AND in_scope = 1")
    .pluck()
    .get(from, to) as number;
}
