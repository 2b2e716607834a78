// How many papers two topics share: pairwise intersections of their matches (topic_papers)
// for given query versions and months, counted in one statement.
import "server-only";
import type { Db } from "./db";
import type { CountKey } from "./counts";
import type { MonthKey } from "../calendar/months";

/** Counts by "rowSlug\u0000colSlug"; the diagonal is each topic's own size. Pairs sharing nothing are absent. */
export function countTopicOverlaps(db: Db, topics: readonly CountKey[], from: MonthKey, to: MonthKey): Map<string, number> {
  const rows = db
    .prepare(
      `WITH chosen AS (
         SELECT json_extract(value, '$.slug') AS slug, json_extract(value, '$.queryVersion') AS version FROM json_each(@topics)
       ), matched AS (
         SELECT tp.slug, tp.paper_id FROM topic_papers tp
         JOIN chosen c ON tp.slug = c.slug AND tp.query_version = c.version
         WHERE tp.month BETWEEN @from AND @to
       )
       SELECT a.slug AS a, b.slug AS b, COUNT(*) AS n
       FROM matched a JOIN matched b ON a.paper_id = b.paper_id
       GROUP BY a.slug, b.slug`,
    )
    .all({ topics: JSON.stringify(topics.map((t) => ({ slug: t.slug, queryVersion: t.queryVersion }))), from, to }) as { a: string; b: string; n: number }[];
  return new Map(rows.map((r) => [`${r.a}\u0000${r.b}`, r.n]));
}
