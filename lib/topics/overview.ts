// The overview (GET /api/overview and the prefetch of "/"): every roadmap and live custom
// topic's recent monthly counts in one answer, so the overview is a single request.
import type { Db } from "../store/db";
import { generationCache } from "../store/generation";
import { addMonths, currentMonth, type MonthKey } from "../calendar/months";
import { loadCatalog, type RoadmapPart } from "./catalog";
import { listResolvedTopics, type ResolvedTopic } from "./resolve";
import { readTopicCounts, type CountPoint } from "./series";
import { countTopicLabels } from "../store/topic-labels";
import { onTopicRate, type OnTopicRate } from "./on-topic-rate";

/** Full months the overview carries: enough for YoY, the 12+3-month momentum and its change. */
export const OVERVIEW_FULL_MONTHS = 36;

/** The roadmap's four parts, and "custom" for topics people added. */
export type OverviewPart = RoadmapPart | "custom";

export const CUSTOM_PART = { id: "custom", name: "Custom topics" } as const;

export interface OverviewTopic {
  slug: string;
  name: string;
  part: OverviewPart;
  description: string;
  queryVersion: number | null;
  /** From `Overview.from` to `Overview.to`, the running month last; unknown months are null. */
  months: CountPoint[];
  /** Readers' on-topic rate for the current query version; null until a paper it matches is labelled. */
  onTopic: OnTopicRate | null;
}

export interface Overview {
  /** The server's clock when it read the store: every "last full month" is computed from it. */
  asOf: string;
  from: MonthKey;
  to: MonthKey;
  /** The roadmap's parts, then "custom" when there are custom topics. */
  parts: { id: OverviewPart; name: string }[];
  topics: OverviewTopic[];
}

/** The months the overview covers at `now`: the full months plus the running one. */
export function overviewWindow(now: Date): { from: MonthKey; to: MonthKey } {
  const to = currentMonth(now);
  return { from: addMonths(to, -OVERVIEW_FULL_MONTHS), to };
}

function overviewPart(t: ResolvedTopic): OverviewPart | null {
  return t.part === "baseline" ? null : t.part;
}

function readOverviewUncached(db: Db, now: Date): Overview {
  const { from, to } = overviewWindow(now);
  // Roadmap topics (with their edited queries, if any) and live custom topics; no baselines.
  const topics = listResolvedTopics(db).flatMap((t) => {
    const part = overviewPart(t);
    if (part === null || t.archived) return [];
    const counts = readTopicCounts(db, t, from, to);
    const labels = t.queryVersion === null ? null : countTopicLabels(db, { slug: t.slug, queryVersion: t.queryVersion });
    const onTopic = labels && labels.on + labels.off > 0 ? onTopicRate(labels.on, labels.off) : null;
    return [{ slug: t.slug, name: t.name, part, description: t.description, queryVersion: counts.queryVersion, months: counts.months, onTopic }];
  });
  const hasCustom = topics.some((t) => t.part === "custom");
  return {
    asOf: now.toISOString(),
    from,
    to,
    parts: [...loadCatalog().parts, ...(hasCustom ? [CUSTOM_PART] : [])],
    topics,
  };
}

/** The overview depends on `now` only through its month (overviewWindow). */
const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * Computed once per store generation (lib/store/generation.ts) and month: its data change only
 * when something is written, typically a sync. `asOf` is always `now`.
 */
const overviewOfGeneration = generationCache((db, month) => readOverviewUncached(db, monthStart(month)));

export function readOverview(db: Db, now: Date): Overview {
  const overview = overviewOfGeneration(db, currentMonth(now));
  return { ...overview, asOf: now.toISOString() };
}
