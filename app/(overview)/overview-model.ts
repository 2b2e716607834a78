// Turns the overview response into what the cards and the ranking show. Pure: `asOf` in the
// response is the clock, so the server render and the browser compute the same numbers.
import { addMonths, currentMonth, lastFullMonth, type MonthKey } from "@/lib/calendar/months";
import {
  computeTopicMomentum,
  rankTopics,
  sparkline,
  type RankedTopic,
  type RankMetric,
  type TopicMomentum,
} from "@/lib/metrics";
import type { Overview, OverviewPart, OverviewTopic } from "@/lib/queries/overview";

export const SPARKLINE_MONTHS = 24;

export interface TopicCardModel {
  slug: string;
  name: string;
  description: string;
  /** Position in the catalog: picks the topic's series colour. */
  colorIndex: number;
  momentum: TopicMomentum;
  /** Full months, oldest first, SPARKLINE_MONTHS long; null = not cached. */
  sparkline: (number | null)[];
  sparklineFrom: MonthKey;
  /** The month still running at asOf, and its count so far. */
  running: { month: MonthKey; count: number | null };
  /** Newest fetchedAt of the topic's months: how fresh the card is. */
  freshestFetchAt: string | null;
  /** Readers' on-topic rate of the current query, when any matched paper is labelled. */
  onTopic: OverviewTopic["onTopic"];
}

export interface PartModel {
  id: OverviewPart;
  name: string;
  cards: TopicCardModel[];
}

function freshest(topic: OverviewTopic): string | null {
  let best: string | null = null;
  for (const m of topic.months) if (m.fetchedAt && (best === null || m.fetchedAt > best)) best = m.fetchedAt;
  return best;
}

export function topicCard(topic: OverviewTopic, colorIndex: number, now: Date): TopicCardModel {
  const running = currentMonth(now);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    colorIndex,
    momentum: computeTopicMomentum(topic.months, now),
    sparkline: sparkline(topic.months, now, SPARKLINE_MONTHS),
    sparklineFrom: addMonths(lastFullMonth(now), -(SPARKLINE_MONTHS - 1)),
    running: { month: running, count: topic.months.find((m) => m.month === running)?.count ?? null },
    freshestFetchAt: freshest(topic),
    onTopic: topic.onTopic,
  };
}

/** Cards grouped under the roadmap's four parts, in catalog order. */
export function partsWithCards(overview: Overview): PartModel[] {
  const now = new Date(overview.asOf);
  const cards = overview.topics.map((t, i) => ({ part: t.part, card: topicCard(t, i, now) }));
  return overview.parts.map((p) => ({
    id: p.id,
    name: p.name,
    cards: cards.filter((c) => c.part === p.id).map((c) => c.card),
  }));
}

export type SortDirection = "descending" | "ascending";

export interface RankingRow extends RankedTopic {
  name: string;
  colorIndex: number;
}

/**
 * Topics ranked by `by` (lib/metrics decides ranks and rank changes). Ascending only reverses
 * the topics that have a value: the ones without stay at the bottom either way.
 */
export function rankingRows(overview: Overview, by: RankMetric, direction: SortDirection): RankingRow[] {
  const now = new Date(overview.asOf);
  const info = new Map(overview.topics.map((t, i) => [t.slug, { name: t.name, colorIndex: i }]));
  const ranked = rankTopics(
    overview.topics.map((t) => ({ slug: t.slug, series: t.months })),
    now,
    by,
  ).map((r) => ({ ...r, name: info.get(r.slug)?.name ?? r.slug, colorIndex: info.get(r.slug)?.colorIndex ?? 0 }));
  if (direction === "descending") return ranked;
  const valued = ranked.filter((r) => r.momentum[by].value !== null);
  const unvalued = ranked.filter((r) => r.momentum[by].value === null);
  return [...valued.reverse(), ...unvalued];
}
