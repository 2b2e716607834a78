// Reads for team reviews: the cached papers of several topics first submitted in a period, and
// how far back each topic's cache reaches without gaps.
import type { Db } from "./db";
import type { CountKey } from "./counts";
import type { Paper } from "../arxiv/paper";
import { toPaper, type PaperRow } from "./papers";

export interface TopicPaperHit {
  slug: string;
  paper: Paper;
}

/**
 * Every (topic, paper) pair whose paper was first submitted (`published`) in [from, to), newest
 * first. `from` and `to` are ISO instants written like the stored ones ("…T12:00:00Z"), so
 * comparing the strings compares the instants. A paper in several topics comes once per topic.
 */
export function listTopicPapersPublishedBetween(
  db: Db,
  keys: readonly CountKey[],
  from: string,
  to: string,
): TopicPaperHit[] {
  if (keys.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT tp.slug AS hit_slug, p.* FROM topic_papers tp
       JOIN json_each(@keys) k ON tp.slug = json_extract(k.value, '$.slug')
         AND tp.query_version = json_extract(k.value, '$.queryVersion')
       JOIN papers p ON p.id = tp.paper_id
       WHERE p.published >= @from AND p.published < @to
       ORDER BY p.published DESC, p.id DESC`,
    )
    .all({ keys: JSON.stringify(keys), from, to }) as (PaperRow & { hit_slug: string })[];
  return rows.map((r) => ({ slug: r.hit_slug, paper: toPaper(r) }));
}

export interface TopicPaperCoverage {
  /** The oldest paper cached for the topic (older fetches included, which may leave gaps). */
  oldestCached: string | null;
  /**
   * The oldest paper of the latest fetch: from here to `fetchedAt` the cache holds every paper
   * the query matched. Null when papers were never fetched or the latest fetch found none.
   */
  coveredFrom: string | null;
  /** When the topic's latest papers were last fetched; null when never. */
  fetchedAt: string | null;
  /** How many papers that fetch returned (the sync asks for the newest N). */
  lastFetchCount: number | null;
}

export function getTopicPaperCoverage(db: Db, key: CountKey): TopicPaperCoverage {
  const fetch = db
    .prepare(
      `SELECT fetched_at AS fetchedAt, paper_count AS paperCount, covered_from AS coveredFrom
       FROM topic_paper_fetches WHERE slug = ? AND query_version = ?`,
    )
    .get(key.slug, key.queryVersion) as { fetchedAt: string; paperCount: number; coveredFrom: string | null } | undefined;
  if (!fetch) return { oldestCached: null, coveredFrom: null, fetchedAt: null, lastFetchCount: null };
  const published = (offset: number | null) =>
    (db
      .prepare(
        `SELECT p.published FROM topic_papers tp JOIN papers p ON p.id = tp.paper_id
         WHERE tp.slug = ? AND tp.query_version = ?
         ORDER BY p.published ${offset === null ? "ASC LIMIT 1" : "DESC LIMIT 1 OFFSET ?"}`,
      )
      .pluck()
      .get(...(offset === null ? [key.slug, key.queryVersion] : [key.slug, key.queryVersion, offset])) as
      | string
      | undefined) ?? null;
  // The sync records the gap-free stretch it fetched. Without that record (older stores), the
  // latest fetch returned the newest N papers and every membership from an older fetch is older
  // than those, so the N-th newest membership is where the gap-free stretch begins.
  return {
    oldestCached: published(null),
    coveredFrom: fetch.coveredFrom ?? (fetch.paperCount > 0 ? published(fetch.paperCount - 1) : null),
    fetchedAt: fetch.fetchedAt,
    lastFetchCount: fetch.paperCount,
  };
}

/** One cached paper by arXiv id (without version), or null. */
export function getCachedPaper(db: Db, id: string): Paper | null {
  const row = db.prepare("SELECT * FROM papers WHERE id = ?").get(id) as PaperRow | undefined;
  return row ? toPaper(row) : null;
}
