// Reads the overview (every roadmap topic's recent counts) from the store, for the
// /api/overview route and the server prefetch of "/", which must return the same shape.
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/store/db";
import { getDb } from "@/lib/store/server";
import { loadCatalog, type RoadmapPart, type Topic } from "@/lib/topics/catalog";
import { readTopicCounts } from "@/lib/topics/series";
import { overviewWindow, type Overview } from "@/lib/queries/overview";
import { requestNow } from "./request-clock";

function isRoadmapTopic(t: Topic): t is Topic & { part: RoadmapPart } {
  return t.part !== "baseline";
}

export function readOverview(db: Db, now: Date): Overview {
  const catalog = loadCatalog();
  const { from, to } = overviewWindow(now);
  return {
    asOf: now.toISOString(),
    from,
    to,
    parts: catalog.parts,
    topics: catalog.topics.filter(isRoadmapTopic).map((t) => {
      const counts = readTopicCounts(db, t, from, to);
      return {
        slug: t.slug,
        name: t.name,
        part: t.part,
        description: t.description,
        queryVersion: counts.queryVersion,
        months: counts.months,
      };
    }),
  };
}

/** The overview for this request, read once however many widgets ask. */
export const loadOverview = cache(() => readOverview(getDb(), requestNow()));
