// Reads the overview (every topic's recent counts) from the store, for the /api/overview route
// and the server prefetch of "/", which must return the same shape.
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/store/db";
import { getDb } from "@/lib/store/server";
import { loadCatalog } from "@/lib/topics/catalog";
import { listTopics, type TopicRecord } from "@/lib/topics/registry";
import { readTopicCounts } from "@/lib/topics/series";
import { overviewWindow, type Overview, type OverviewPart } from "@/lib/queries/overview";
import { requestNow } from "./request-clock";
import { generationCache } from "@/lib/store/generation";
import { currentMonth } from "@/lib/calendar/months";

/** The overview depends on `now` only through its month (overviewWindow). */
const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

export const CUSTOM_PART = { id: "custom", name: "Custom topics" } as const;

function overviewPart(t: TopicRecord): OverviewPart | null {
  return t.part === "baseline" ? null : t.part;
}

export function readOverview(db: Db, now: Date): Overview {
  const { from, to } = overviewWindow(now);
  // Roadmap topics (with their edited queries, if any) and live custom topics; no baselines.
  const topics = listTopics(db).flatMap((t) => {
    const part = overviewPart(t);
    if (part === null || t.archived) return [];
    const counts = readTopicCounts(db, t, from, to);
    return [{ slug: t.slug, name: t.name, part, description: t.description, queryVersion: counts.queryVersion, months: counts.months }];
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

/**
 * The overview as of `now`, computed once per store generation (lib/store/generation.ts) and
 * month: its data change only when something is written, typically a sync.
 */
const overviewOfGeneration = generationCache((db, month) => readOverview(db, monthStart(month)));
export function cachedOverview(db: Db, now: Date): Overview {
  const overview = overviewOfGeneration(db, currentMonth(now));
  return { ...overview, asOf: now.toISOString() };
}

/** The overview for this request, read once however many widgets ask. */
export const loadOverview = cache(() => cachedOverview(getDb(), requestNow()));
