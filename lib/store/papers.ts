// Papers (one row per arXiv id, the latest version wins) and which topic found them.
import type { Db } from "./db";
import type { Author, Paper } from "../arxiv/paper";

export interface PaperRow {
  id: string;
  version: number;
  title: string;
  authors_json: string;
  summary: string;
  published: string;
  updated: string;
  primary_category: string;
  categories_json: string;
  abs_url: string;
  pdf_url: string | null;
  doi: string | null;
  journal_ref: string | null;
  comment: string | null;
}

export interface TopicPaper extends Paper {
  /** When this topic's sync first saw the paper: drives "new since your last visit". */
  firstSeenAt: string;
}

export function toPaper(r: PaperRow): Paper {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    authors: JSON.parse(r.authors_json) as Author[],
    summary: r.summary,
    published: r.published,
    updated: r.updated,
    primaryCategory: r.primary_category,
    categories: JSON.parse(r.categories_json) as string[],
    absUrl: r.abs_url,
    pdfUrl: r.pdf_url,
    doi: r.doi,
    journalRef: r.journal_ref,
    comment: r.comment,
  };
}

/**
 * Stores the latest papers a topic's query returned, in one transaction. An older version
 * of a paper never replaces a newer one already cached.
 */
export function putTopicPapers(
  db: Db,
  slug: string,
  queryVersion: number,
  papers: readonly Paper[],
  fetchedAt: Date,
  /** From when (ISO) up to fetchedAt the cache now holds every matching paper; null: unknown. */
  coveredFrom: string | null = null,
): void {
  const at = fetchedAt.toISOString();
  const upsert = db.prepare(
    `INSERT INTO papers (id, version, title, authors_json, summary, published, updated,
       primary_category, categories_json, abs_url, pdf_url, doi, journal_ref, comment, fetched_at)
     VALUES (@id, @version, @title, @authors_json, @summary, @published, @updated,
       @primary_category, @categories_json, @abs_url, @pdf_url, @doi, @journal_ref, @comment, @fetched_at)
     ON CONFLICT (id) DO UPDATE SET
       version = excluded.version, title = excluded.title, authors_json = excluded.authors_json,
       summary = excluded.summary, published = excluded.published, updated = excluded.updated,
       primary_category = excluded.primary_category, categories_json = excluded.categories_json,
       abs_url = excluded.abs_url, pdf_url = excluded.pdf_url, doi = excluded.doi,
       journal_ref = excluded.journal_ref, comment = excluded.comment, fetched_at = excluded.fetched_at
     WHERE excluded.version >= papers.version`,
  );
  const member = db.prepare(
    `INSERT INTO topic_papers (slug, query_version, paper_id, first_seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const fetched = db.prepare(
    `INSERT INTO topic_paper_fetches (slug, query_version, fetched_at, paper_count, covered_from) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (slug, query_version) DO UPDATE SET fetched_at = excluded.fetched_at,
       paper_count = excluded.paper_count, covered_from = excluded.covered_from`,
  );
  db.transaction(() => {
    for (const p of papers) {
      upsert.run({
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
      });
      member.run(slug, queryVersion, p.id, at);
    }
    fetched.run(slug, queryVersion, at, papers.length, coveredFrom);
  }).immediate();
}

export interface TopicPaperFetch {
  fetchedAt: string;
  paperCount: number;
  coveredFrom: string | null;
}

export function getTopicPaperFetch(db: Db, slug: string, queryVersion: number): TopicPaperFetch | null {
  const row = db
    .prepare(
      `SELECT fetched_at AS fetchedAt, paper_count AS paperCount, covered_from AS coveredFrom
       FROM topic_paper_fetches WHERE slug = ? AND query_version = ?`,
    )
    .get(slug, queryVersion) as TopicPaperFetch | undefined;
  return row ?? null;
}

export function getTopicPapersFetchedAt(db: Db, slug: string, queryVersion: number): string | null {
  const v = db
    .prepare("SELECT fetched_at FROM topic_paper_fetches WHERE slug = ? AND query_version = ?")
    .pluck()
    .get(slug, queryVersion) as string | undefined;
  return v ?? null;
}

export interface TopicPaperFilter {
  limit: number;
  offset?: number;
  /** Only papers listing this category (primary or cross-list). */
  category?: string;
  /** Case-insensitive substring of title, summary or an author's name (never the stored JSON's keys). */
  text?: string;
}

/** A topic's cached papers, newest submission first. */
export function listTopicPapers(
  db: Db,
  slug: string,
  queryVersion: number,
  filter: TopicPaperFilter,
): TopicPaper[] {
  const where = ["tp.slug = @slug", "tp.query_version = @version"];
  const params: Record<string, unknown> = {
    slug,
    version: queryVersion,
    limit: filter.limit,
    offset: filter.offset ?? 0,
  };
  if (filter.category) {
    where.push("EXISTS (SELECT 1 FROM json_each(p.categories_json) WHERE value = @category)");
    params.category = filter.category;
  }
  if (filter.text) {
    where.push(
      `(instr(lower(p.title), @text) > 0 OR instr(lower(p.summary), @text) > 0
        OR EXISTS (SELECT 1 FROM json_each(p.authors_json) a WHERE instr(lower(a.value ->> '$.name'), @text) > 0))`,
    );
    params.text = filter.text.toLowerCase();
  }
  const rows = db
    .prepare(
      `SELECT p.*, tp.first_seen_at FROM topic_papers tp JOIN papers p ON p.id = tp.paper_id
       WHERE ${where.join(" AND ")}
       ORDER BY p.published DESC, p.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (PaperRow & { first_seen_at: string })[];
  return rows.map((r) => ({ ...toPaper(r), firstSeenAt: r.first_seen_at }));
}
