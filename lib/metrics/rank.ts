// Orders topics by a momentum metric and says how each moved since the month before, both
// rankings computed from the same cached series.
import { addMonths, lastFullMonth, type MonthKey } from "../calendar/months";
import { fullMonthSeries, type FullMonthSeries, type MonthlySeries } from "./series";
import { momentumAsOf, type TopicMomentum } from "./topic";

export type RankMetric = "momentumRatio" | "yoy" | "trailing3YoY" | "acceleration";

export interface RankedTopic {
  readonly slug: string;
  /** Momentum at the reference month. */
  readonly momentum: TopicMomentum;
  /** 1 = highest value; equal values ordered by slug; topics without a value come last. */
  readonly rank: number;
  /** The same ranking computed one month earlier. */
  readonly previousRank: number;
  /**
   * previousRank - rank: positive = moved up. Null when the topic had no value now or then:
   * a place among the unranked tail is not a position to move from or to.
   */
  readonly rankChange: number | null;
}

interface Scored {
  readonly slug: string;
  readonly value: number | null;
}

/** Slug -> rank. Plain `<` on slugs, not localeCompare, so order never depends on the locale. */
function ranks(scored: readonly Scored[]): Map<string, number> {
  const order = [...scored].sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return b.value - a.value;
    }
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
  });
  return new Map(order.map((s, i) => [s.slug, i + 1]));
}

/** Rankings at `ref` and at the month before. Slugs are expected to be unique. */
export function rankTopicsAsOf(
  topics: readonly { readonly slug: string; readonly series: FullMonthSeries }[],
  ref: MonthKey,
  by: RankMetric = "momentumRatio",
): RankedTopic[] {
  const rows = topics.map(({ slug, series }) => ({
    slug,
    momentum: momentumAsOf(series, ref),
    previous: momentumAsOf(series, addMonths(ref, -1)),
  }));
  const rankNow = ranks(rows.map((r) => ({ slug: r.slug, value: r.momentum[by].value })));
  const rankBefore = ranks(rows.map((r) => ({ slug: r.slug, value: r.previous[by].value })));
  return rows
    .map(({ slug, momentum, previous }) => {
      const rank = rankNow.get(slug) ?? rows.length;
      const previousRank = rankBefore.get(slug) ?? rows.length;
      const comparable = momentum[by].value !== null && previous[by].value !== null;
      return { slug, momentum, rank, previousRank, rankChange: comparable ? previousRank - rank : null };
    })
    .sort((a, b) => a.rank - b.rank);
}

/** Rankings at the last full month at `now`, sorted by rank. */
export function rankTopics(
  topics: readonly { readonly slug: string; readonly series: MonthlySeries }[],
  now: Date,
  by: RankMetric = "momentumRatio",
): RankedTopic[] {
  const prepared = topics.map(({ slug, series }) => ({ slug, series: fullMonthSeries(series, now) }));
  return rankTopicsAsOf(prepared, lastFullMonth(now), by);
}
