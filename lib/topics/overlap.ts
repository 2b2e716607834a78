// The compare page's overlap matrix: for each pair of topics (current query versions) in a
// period, the share of the row topic's papers that the column topic matches too.
import type { Db } from "../store/db";
import { countTopicOverlaps } from "../store";
import type { MonthKey } from "../calendar/months";
import type { ResolvedTopic } from "./resolve";

export interface OverlapTopic {
  slug: string;
  name: string;
  /** Papers the topic's current query matches in the period (0 when never computed). */
  papers: number;
}

export interface OverlapCell {
  /** Papers both topics match. */
  both: number;
  /** both / row topic's papers: null when the row topic has none. */
  share: number | null;
}

export interface OverlapAnswer {
  from: MonthKey;
  to: MonthKey;
  topics: OverlapTopic[];
  /** rows[i][j]: of topic i's papers, how many topic j matches too. */
  rows: OverlapCell[][];
}

export function readTopicOverlap(db: Db, topics: readonly ResolvedTopic[], from: MonthKey, to: MonthKey): OverlapAnswer {
  const keys = topics.flatMap(({ slug, queryVersion }) => (queryVersion === null ? [] : [{ slug, queryVersion }]));
  const counts = countTopicOverlaps(db, keys, from, to);
  const both = (a: string, b: string) => counts.get(`${a}\u0000${b}`) ?? 0;
  return {
    from,
    to,
    topics: topics.map((t) => ({ slug: t.slug, name: t.name, papers: both(t.slug, t.slug) })),
    rows: topics.map((a) => {
      const own = both(a.slug, a.slug);
      return topics.map((b) => {
        const n = both(a.slug, b.slug);
        return { both: n, share: own === 0 ? null : n / own };
      });
    }),
  };
}
