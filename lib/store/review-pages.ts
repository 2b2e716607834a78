// SQL reads of a review period at real volume (3,000+ papers a week): tallies, group sizes and
// pages of papers are computed here, so a page never needs every paper of the period.
import "server-only";
import type { Db } from "./db";
import type { CountKey } from "./counts";
import type { PaperMarkKind } from "./paper-marks";

export type ReviewOrder = "topic" | "date" | "team";
export type MarkFilter = "all" | "unmarked" | "marked" | PaperMarkKind;

export interface ReviewPaperFilter {
  /** Only papers this topic (one of the review's) found. */
  topic?: string;
  /** Only papers with this arXiv category among their categories. */
  category?: string;
  mark?: MarkFilter;
  /** Words that must all appear in the title, abstract or authors (case-insensitive). */
  text?: string;
  /** Only papers found by two or more of the review's topics. */
  multiTopic?: boolean;
}

export interface ReviewScope {
  /** The review's topics in its order: the position orders topic groups. */
  keys: readonly CountKey[];
  from: string;
  to: string;
}

/** Where a page ends in the order: the keys of its last paper (all integers, ascending). */
export type PageKey = readonly [number, number, number];

export interface PagedRow {
  paperId: string;
  topics: string[];
  key: PageKey;
}

interface Bound {
  sql: string;
  params: Record<string, unknown>;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// The period's paper set is computed once into a temporary table and reused while the same
// scope is asked for and the index has not changed: every summary statement and every page
// then reads 3,500 rows instead of joining topic_papers again. Statements on one connection
// run one at a time (better-sqlite3 is synchronous), so requests never see each other's table.
const builtFor = new WeakMap<Db, string>();

function ensureReviewSet(db: Db, scope: ReviewScope): void {
  const version = db
    .prepare("SELECT (SELECT COALESCE(MAX(seq), 0) FROM papers) || '/' || (SELECT COALESCE(MAX(computed_at), '') FROM topic_index_versions)")
    .pluck()
    .get() as string;
  const key = `${JSON.stringify(scope)}|${version}`;
  if (builtFor.get(db) === key) return;
  db.exec("DROP TABLE IF EXISTS temp.review_set; DROP TABLE IF EXISTS temp.review_hits");
  const params = {
    keys: JSON.stringify(scope.keys),
    from: scope.from,
    to: scope.to,
    fromMonth: scope.from.slice(0, 7),
    toMonth: scope.to.slice(0, 7),
  };
  db.prepare(
    `CREATE TEMP TABLE review_hits AS
     WITH k AS (
       SELECT CAST(key AS INTEGER) AS pos, json_extract(value, '$.slug') AS slug, json_extract(value, '$.queryVersion') AS qv
       FROM json_each(@keys)
     )
     SELECT tp.paper_id, k.pos, k.slug FROM k
     JOIN topic_papers tp ON tp.slug = k.slug AND tp.query_version = k.qv AND tp.month BETWEEN @fromMonth AND @toMonth
     JOIN papers p ON p.id = tp.paper_id
     WHERE p.published >= @from AND p.published < @to`,
  ).run(params);
  db.exec(`CREATE INDEX temp.review_hits_slug ON review_hits(slug, paper_id);
    CREATE TEMP TABLE review_set AS
     SELECT h.paper_id, MIN(h.pos) AS first_pos, COUNT(*) AS n_topics, json_group_array(h.slug ORDER BY h.pos) AS topics_json,
       p.published, -CAST(unixepoch(p.published) AS INTEGER) AS k2, -p.seq AS k3, p.categories_json
     FROM review_hits h JOIN papers p ON p.id = h.paper_id GROUP BY h.paper_id;
    CREATE UNIQUE INDEX temp.review_set_id ON review_set(paper_id);`);
  builtFor.set(db, key);
}

/** The ranking's positions, as a temporary table the page query joins (by id, indexed). */
const ranksFor = new WeakMap<Db, ReadonlyMap<string, number>>();
function ensureRanks(db: Db, ranks: ReadonlyMap<string, number>): void {
  if (ranksFor.get(db) === ranks) return;
  db.exec("DROP TABLE IF EXISTS temp.review_rank; CREATE TEMP TABLE review_rank (paper_id TEXT PRIMARY KEY, rank INTEGER NOT NULL)");
  const insert = db.prepare("INSERT INTO temp.review_rank VALUES (?, ?)");
  db.transaction(() => {
    for (const [id, rank] of ranks) insert.run(id, rank);
  })();
  ranksFor.set(db, ranks);
}

/**
 * The filtered papers with their sort keys, as a CTE `f` over the period's set. Sort keys are
 * integers (rank or topic position, seconds, the paper's unique seq) so one row-value
 * comparison pages any order.
 */
function reviewCte(db: Db, scope: ReviewScope, filter: ReviewPaperFilter, order: ReviewOrder, ranks: ReadonlyMap<string, number> | null): Bound {
  ensureReviewSet(db, scope);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.topic) {
    where.push("EXISTS (SELECT 1 FROM temp.review_hits h WHERE h.slug = @topic AND h.paper_id = rs.paper_id)");
    params.topic = filter.topic;
  }
  if (filter.category) {
    where.push("EXISTS (SELECT 1 FROM json_each(rs.categories_json) c WHERE c.value = @category)");
    params.category = filter.category;
  }
  if (filter.multiTopic) where.push("rs.n_topics >= 2");
  const mark = filter.mark ?? "all";
  if (mark === "unmarked") where.push("m.mark IS NULL");
  else if (mark === "marked") where.push("m.mark IS NOT NULL");
  else if (mark !== "all") {
    where.push("m.mark = @mark");
    params.mark = mark;
  }
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  words.forEach((w, i) => {
    where.push(`(p.title LIKE @w${i} ESCAPE '\\' OR p.summary LIKE @w${i} ESCAPE '\\' OR p.authors_json LIKE @w${i} ESCAPE '\\')`);
    params[`w${i}`] = `%${escapeLike(w)}%`;
  });
  let k1 = "0";
  let rankJoin = "";
  if (order === "topic") k1 = "rs.first_pos";
  if (order === "team" && ranks) {
    // The ranking is computed in JS (lib/reviews/ranking); its positions come in a temp table.
    ensureRanks(db, ranks);
    k1 = "COALESCE(r.rank, 1000000000)";
    rankJoin = "LEFT JOIN temp.review_rank r ON r.paper_id = rs.paper_id";
  }
  const sql = `WITH f AS (
      SELECT rs.paper_id, rs.first_pos, rs.n_topics, rs.topics_json, rs.published, m.mark, ${k1} AS k1, rs.k2, rs.k3
      FROM temp.review_set rs
      LEFT JOIN paper_marks m ON m.paper_id = rs.paper_id
      ${words.length ? "JOIN papers p ON p.id = rs.paper_id" : ""}
      ${rankJoin}
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    )`;
  return { sql, params };
}

/** One page of the filtered papers in `order`, after `after` (null: from the start). */
export function listReviewPage(
  db: Db,
  scope: ReviewScope,
  filter: ReviewPaperFilter,
  order: ReviewOrder,
  after: PageKey | null,
  limit: number,
  ranks: ReadonlyMap<string, number> | null = null,
): { rows: PagedRow[]; hasMore: boolean } {
  if (scope.keys.length === 0) return { rows: [], hasMore: false };
  const { sql, params } = reviewCte(db, scope, filter, order, ranks);
  const afterSql = after ? "WHERE (k1, k2, k3) > (@a1, @a2, @a3)" : "";
  const rows = db
    .prepare(`${sql} SELECT paper_id AS paperId, topics_json AS topicsJson, k1, k2, k3 FROM f ${afterSql} ORDER BY k1, k2, k3 LIMIT @limit`)
    .all({ ...params, ...(after ? { a1: after[0], a2: after[1], a3: after[2] } : {}), limit: limit + 1 }) as {
    paperId: string;
    topicsJson: string;
    k1: number;
    k2: number;
    k3: number;
  }[];
  return {
    hasMore: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({ paperId: r.paperId, topics: JSON.parse(r.topicsJson) as string[], key: [r.k1, r.k2, r.k3] as const })),
  };
}

export interface ReviewCounts {
  tally: { papers: number; read: number; shortlisted: number; dismissed: number; unmarked: number };
  /** Papers passing the filter. */
  shown: number;
  /** By topic position: papers listed under it (filtered) and found by it (whole period). */
  topicGroups: { pos: number; listed: number; matched: number }[];
  /** By GMT day of submission, newest first (filtered). */
  dayGroups: { day: string; listed: number }[];
  /** The period's arXiv categories, most papers first: the category filter's choices. */
  categories: { category: string; papers: number }[];
  /** Papers found by two or more topics. */
  multiTopic: number;
}

/** Tallies, group sizes and filter choices, all in SQL. */
export function countReviewPapers(db: Db, scope: ReviewScope, filter: ReviewPaperFilter): ReviewCounts {
  const empty = { papers: 0, read: 0, shortlisted: 0, dismissed: 0, unmarked: 0 };
  if (scope.keys.length === 0) return { tally: empty, shown: 0, topicGroups: [], dayGroups: [], categories: [], multiTopic: 0 };
  const { sql, params } = reviewCte(db, scope, filter, "date", null);
  const tally = db
    .prepare(
      `${sql} SELECT COUNT(*) AS papers, COALESCE(SUM(m.mark = 'read'), 0) AS read,
         COALESCE(SUM(m.mark = 'shortlisted'), 0) AS shortlisted, COALESCE(SUM(m.mark = 'dismissed'), 0) AS dismissed,
         COALESCE(SUM(m.mark IS NULL), 0) AS unmarked, COALESCE(SUM(rs.n_topics >= 2), 0) AS multi,
         (SELECT COUNT(*) FROM f) AS shown
       FROM temp.review_set rs LEFT JOIN paper_marks m ON m.paper_id = rs.paper_id`,
    )
    .get(params) as ReviewCounts["tally"] & { multi: number; shown: number };
  const listed = new Map(
    (db.prepare(`${sql} SELECT first_pos AS pos, COUNT(*) AS n FROM f GROUP BY first_pos`).all(params) as { pos: number; n: number }[]).map((r) => [r.pos, r.n]),
  );
  const matched = new Map(
    (db.prepare("SELECT pos, COUNT(*) AS n FROM temp.review_hits GROUP BY pos").all() as { pos: number; n: number }[]).map((r) => [r.pos, r.n]),
  );
  const dayGroups = db
    .prepare(`${sql} SELECT substr(published, 1, 10) AS day, COUNT(*) AS listed FROM f GROUP BY day ORDER BY day DESC`)
    .all(params) as { day: string; listed: number }[];
  const categories = db
    .prepare(
      // Some records list ACM or MSC classes among their categories ("I.2.7", "68T05 (Primary)");
      // only arXiv's own category names (lower-case archive first, no spaces) are choices.
      `SELECT c.value AS category, COUNT(*) AS papers FROM temp.review_set rs, json_each(rs.categories_json) c
       WHERE c.value GLOB '[a-z]*' AND instr(c.value, ' ') = 0
       GROUP BY c.value ORDER BY papers DESC, category LIMIT 60`,
    )
    .all() as { category: string; papers: number }[];
  const { multi, shown, ...t } = tally;
  return {
    tally: t,
    shown,
    topicGroups: scope.keys.map((_, pos) => ({ pos, listed: listed.get(pos) ?? 0, matched: matched.get(pos) ?? 0 })),
    dayGroups,
    categories,
    multiTopic: multi,
  };
}

/** Every paper id of the period (unfiltered), newest first: what the ranking scores. */
export function listReviewPaperIds(db: Db, scope: ReviewScope): string[] {
  if (scope.keys.length === 0) return [];
  ensureReviewSet(db, scope);
  return db.prepare("SELECT paper_id FROM temp.review_set ORDER BY k2, k3").pluck().all() as string[];
}
