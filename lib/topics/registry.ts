// Every topic the app knows: the catalog's 16 roadmap topics (possibly edited), the share-mode
// baseline, and custom topics people added. Pages, routes and the sync all read topics here.
import type { Db } from "../store/db";
import { listTopicDefinitions, getTopicDefinition, type TopicDefinitionRow } from "../store/topic-definitions";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import { loadCatalog, type Topic } from "./catalog";

export interface TopicRecord extends Topic {
  origin: "roadmap" | "custom" | "baseline";
  /** Archived custom topics keep their data but leave the pages and the sync. */
  archived: boolean;
  /** A roadmap topic whose query was edited: `originalQuery` is the catalog's. */
  edited: boolean;
  originalQuery: string | null;
}

function fromDefinition(d: TopicDefinitionRow, original: Topic | null): TopicRecord {
  const queryNode = parseTopicQuery(d.query);
  return {
    slug: d.slug,
    name: d.name,
    part: (d.part as Topic["part"]) ?? "custom",
    description: d.description,
    query: renderQuery(queryNode),
    queryNode,
    queryNotes: d.queryNotes,
    origin: d.origin,
    archived: d.archivedAt !== null,
    edited: original !== null,
    originalQuery: original?.query ?? null,
  };
}

const asRecord = (t: Topic, origin: TopicRecord["origin"]): TopicRecord => ({
  ...t,
  origin,
  archived: false,
  edited: false,
  originalQuery: null,
});

export interface ListTopicsOptions {
  includeArchived?: boolean;
  includeBaselines?: boolean;
}

/** Roadmap topics in catalog order, then custom topics by creation, then baselines. */
export function listTopics(db: Db, options: ListTopicsOptions = {}): TopicRecord[] {
  const catalog = loadCatalog();
  const defs = new Map(listTopicDefinitions(db).map((d) => [d.slug, d]));
  const roadmap = catalog.topics.map((t) => {
    const d = defs.get(t.slug);
    return d && d.origin === "roadmap" ? fromDefinition(d, t) : asRecord(t, "roadmap");
  });
  const custom = [...defs.values()]
    .filter((d) => d.origin === "custom" && (options.includeArchived || d.archivedAt === null))
    .map((d) => fromDefinition(d, null));
  const baselines = options.includeBaselines ? catalog.baselines.map((t) => asRecord(t, "baseline")) : [];
  return [...roadmap, ...custom, ...baselines];
}

/** One topic by slug (archived and baselines included), or null. */
export function getTopic(db: Db, slug: string): TopicRecord | null {
  const catalog = loadCatalog();
  const original = catalog.topics.find((t) => t.slug === slug) ?? null;
  const d = getTopicDefinition(db, slug);
  if (d) return fromDefinition(d, d.origin === "roadmap" ? original : null);
  if (original) return asRecord(original, "roadmap");
  const baseline = catalog.baselines.find((t) => t.slug === slug);
  return baseline ? asRecord(baseline, "baseline") : null;
}
