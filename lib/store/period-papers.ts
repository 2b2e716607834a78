// Reads for team reviews: the indexed papers of several topics first submitted in a period, and
// how far back the index holds every paper without gaps.
import "server-only";
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
  /** When the oldest indexed paper that the topic's query matches was submitted. */
  oldestCached: string | null;
  /**
   * From here to `fetchedAt` the index holds every paper of its scope (so, once `computed`,
   * every paper the topic's query matches): the first instant of the oldest month in the
   * unbroken run of consecutive months, each listed to its end, that leads up to the newest
   * listed month. Null when no month has been listed past its first instant.
   */
  coveredFrom: string | null;
  /**
   * `completeTo` of the newest listed month: the instant up to which its listing holds every
   * paper. Later submissions may be missing (a newer month whose listing never completed is
   * not counted). Null when no month was ever listed completely.
   */
  fetchedAt: string | null;
  /** Whether this query version's matches have been computed from the index at all. */
  computed: boolean;
}

/** Reviews read the same local index as the counts: coverage is the index's, per query version. */
export function getTopicPaperCoverage(db: Db, key: CountKey): TopicPaperCoverage {
  const computed = db.prepare("SELECT 1 FROM topic_index_versions WHERE slug = ? AND query_version = ?").get(key.slug, key.queryVersion) !== undefined;
  const months = db
    .prepare("SELECT month, complete_to AS completeTo FROM index_months WHERE complete_to IS NOT NULL ORDER BY month DESC")
    .all() as { month: string; completeTo: string }[];
  let coveredFrom: string | null = null;
  const newest = months[0];
  for (const [i, m] of months.entries()) {
    const start = `${m.month}-01T00:00:00.000Z`;
    // Every older month of the run must be listed to its end, i.e. to the start of the next one.
    const next = months[i - 1];
    if (next && !(m.completeTo >= `${next.month}-01T00:00:00.000Z` && isNextMonth(m.month, next.month))) break;
    if (m.completeTo <= start && i === 0) break;
    coveredFrom = start;
  }
  const oldest = db
    .prepare(
      `SELECT p.published FROM topic_papers tp JOIN papers p ON p.id = tp.paper_id
       WHERE tp.slug = ? AND tp.query_version = ? ORDER BY tp.month ASC, p.published ASC LIMIT 1`,
    )
    .pluck()
    .get(key.slug, key.queryVersion) as string | undefined;
  return { oldestCached: oldest ?? null, coveredFrom, fetchedAt: newest?.completeTo ?? null, computed };
}

function isNextMonth(a: string, b: string): boolean {
  const [y, m] = a.split("-").map(Number) as [number, number];
  return b === (m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`);
}

/** One cached paper by arXiv id (without version), or null. */
export function getCachedPaper(db: Db, id: string): Paper | null {
  const row = db.prepare("SELECT * FROM papers WHERE id = ?").get(id) as PaperRow | undefined;
  return row ? toPaper(row) : null;
}
