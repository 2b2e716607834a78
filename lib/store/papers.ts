// Papers (one row per arXiv id, the latest version wins) and which topic found them.
import "server-only";
import type { Db } from "./db";
import type { Author, Paper } from "../arxiv/paper";
import { putIndexedPapers } from "./index-papers";
import { loadScope } from "../index/scope";

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
 * Seeds a store with papers and declares them matches of a topic's query version (tests and
 * benchmarks that need a topic's list without running its query). The sync never calls this:
 * it harvests the index and derives every match from the topic's query.
 */
export function putTopicPapers(db: Db, slug: string, queryVersion: number, papers: readonly Paper[], fetchedAt: Date): void {
  putIndexedPapers(db, papers, fetchedAt, loadScope());
  const member = db.prepare(
    `INSERT INTO topic_papers (slug, query_version, month, paper_id, first_seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  db.transaction(() => {
    for (const p of papers) member.run(slug, queryVersion, p.published.slice(0, 7), p.id, fetchedAt.toISOString());
  }).immediate();
}

export interface TopicPaperFilter {
  limit: number;
  offset?: number;
  /** Only papers listing this category (primary or cross-list). */
  category?: string;
  /** Case-insensitive substring of title, summary or an author's name (never the stored JSON's keys). */
  text?: string;
  /** Only papers first submitted in these months (GMT, both included). */
  months?: { from: string; to: string };
}

function topicPaperWhere(slug: string, queryVersion: number, filter: Omit<TopicPaperFilter, "limit" | "offset">) {
  const where = ["tp.slug = @slug", "tp.query_version = @version"];
  const params: Record<string, unknown> = { slug, version: queryVersion };
  if (filter.months) {
    where.push("tp.month BETWEEN @fromMonth AND @toMonth");
    params.fromMonth = filter.months.from;
    params.toMonth = filter.months.to;
  }
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
  return { where: where.join(" AND "), params };
}

/** A topic's matching papers, newest submission first. */
export function listTopicPapers(
  db: Db,
  slug: string,
  queryVersion: number,
  filter: TopicPaperFilter,
): TopicPaper[] {
  const { where, params } = topicPaperWhere(slug, queryVersion, filter);
  const rows = db
    .prepare(
      `SELECT p.*, tp.first_seen_at FROM topic_papers tp JOIN papers p ON p.id = tp.paper_id
       WHERE ${where}
       ORDER BY p.published DESC, p.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset ?? 0 }) as (PaperRow & { first_seen_at: string })[];
  return rows.map((r) => ({ ...toPaper(r), firstSeenAt: r.first_seen_at }));
}

/** How many papers `listTopicPapers` would page through with this filter. */
export function countTopicPapers(db: Db, slug: string, queryVersion: number, filter: Omit<TopicPaperFilter, "limit" | "offset">): number {
  const { where, params } = topicPaperWhere(slug, queryVersion, filter);
  const join = filter.category || filter.text ? " JOIN papers p ON p.id = tp.paper_id" : "";
  return db.prepare(`SELECT COUNT(*) FROM topic_papers tp${join} WHERE ${where}`).pluck().get(params) as number;
}
