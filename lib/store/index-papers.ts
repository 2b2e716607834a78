// The local index: harvested papers with their full-text rows, and the scope flag every topic
// count is taken inside. Writes here keep papers and paper_fts in step, in one transaction.
import type { Db } from "./db";
import type { Paper } from "../arxiv/paper";
import { INDEX_COLUMNS, indexDocument } from "../index/match-expression";
import { isInScope, loadScope, type IndexScope } from "../index/scope";
import type { PaperRow } from "./papers";

const FTS_INSERT = `INSERT INTO paper_fts (rowid, ${INDEX_COLUMNS.join(", ")}) VALUES (@seq, ${INDEX_COLUMNS.map((c) => `@${c}`).join(", ")})`;

function writeFtsRow(db: Db, seq: number, p: Parameters<typeof indexDocument>[0], replace: boolean): void {
  if (replace) db.prepare("DELETE FROM paper_fts WHERE rowid = ?").run(seq);
  db.prepare(FTS_INSERT).run({ seq, ...indexDocument(p) });
}

/** Migration 5: full-text rows and scope flags for every paper an older store cached. */
export function indexAllPapers(db: Db): void {
  const scope = loadScope();
  // all(), not iterate(): the connection cannot write while a read cursor is open. Stores of
  // the design before the index held thousands of papers, not millions.
  const rows = db.prepare("SELECT * FROM papers").all() as (PaperRow & { seq: number })[];
  const flag = db.prepare("UPDATE papers SET in_scope = ? WHERE id = ?");
  const pending: { id: string; inScope: number }[] = [];
  for (const r of rows) {
    const categories = JSON.parse(r.categories_json) as string[];
    writeFtsRow(db, r.seq, {
      id: r.id,
      title: r.title,
      summary: r.summary,
      authors: JSON.parse(r.authors_json) as Paper["authors"],
      comment: r.comment,
      journalRef: r.journal_ref,
      categories,
    }, false);
    pending.push({ id: r.id, inScope: isInScope(categories, scope) ? 1 : 0 });
  }
  for (const p of pending) flag.run(p.inScope, p.id);
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

/**
 * Stores harvested papers and their full-text rows in one transaction. A record never
 * replaces a newer version of the same paper; the same version replaces (it may carry a new
 * cross-list). Returns how many papers were new to the store.
 */
export function putIndexedPapers(db: Db, papers: readonly Paper[], fetchedAt: Date, scope: IndexScope): number {
  const at = fetchedAt.toISOString();
  const existing = db.prepare("SELECT seq, version FROM papers WHERE id = ?");
  const nextSeq = db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM papers").pluck();
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
       journal_ref = @journal_ref, comment = @comment, fetched_at = @fetched_at, in_scope = @in_scope
     WHERE id = @id`,
  );
  let added = 0;
  db.transaction(() => {
    // Anything that caches what the index matches (the term cache) keys on this.
    setIndexMeta(db, "generation", String(Number(getIndexMeta(db, "generation") ?? "0") + 1));
    for (const p of papers) {
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
        fetched_at: at,
        in_scope: isInScope(p.categories, scope) ? 1 : 0,
      };
      const old = existing.get(p.id) as { seq: number | null; version: number } | undefined;
      if (!old) {
        const seq = nextSeq.get() as number;
        insert.run({ ...row, seq });
        writeFtsRow(db, seq, p, false);
        added++;
      } else if (p.version >= old.version) {
        update.run(row);
        let seq = old.seq;
        if (seq === null) {
          seq = nextSeq.get() as number;
          db.prepare("UPDATE papers SET seq = ? WHERE id = ?").run(seq, p.id);
          writeFtsRow(db, seq, p, false);
        } else writeFtsRow(db, seq, p, true);
      }
    }
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
