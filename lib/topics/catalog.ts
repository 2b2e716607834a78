// The topic catalog: the roadmap's 16 topics (and the share-mode baseline) from
// data/topics.json, checked with zod and with the same query parser the arXiv client uses.
import { z } from "zod";
import rawCatalog from "../../data/topics.json";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import type { QueryNode } from "../arxiv/query-ast";
import { topicSlugSchema } from "./slug";

/** Field limits for the catalog and for what a person enters (lib/topics/topic-input.ts): one set,
 *  so a roadmap topic can always be saved unedited. Notes say what a query counts and leaves out. */
export const MAX_TOPIC_NAME = 80;
export const MAX_TOPIC_DESCRIPTION = 200;
export const MAX_QUERY_NOTES = 2500;

export const ROADMAP_PARTS = ["resource", "models", "key-technologies", "application"] as const;
export type RoadmapPart = (typeof ROADMAP_PARTS)[number];

export const ROADMAP_SLUGS = [
  "data",
  "knowledge",
  "computing-system",
  "parallel-training-system",
  "language-model",
  "vision-model",
  "multi-modal-model",
  "theory-interpretability",
  "commonsense-reasoning",
  "reliability-security",
  "governance",
  "evaluation",
  "machine-translation",
  "text-generation",
  "dialogue",
  "protein-research",
] as const;

const queryTextSchema = z.string().superRefine((text, ctx) => {
  try {
    parseTopicQuery(text);
  } catch (e) {
    ctx.addIssue({ code: "custom", message: (e as Error).message });
  }
});

const topicEntrySchema = z.object({
  slug: topicSlugSchema,
  name: z.string().min(1).max(MAX_TOPIC_NAME),
  part: z.enum(ROADMAP_PARTS),
  description: z.string().min(1).max(MAX_TOPIC_DESCRIPTION),
  query: queryTextSchema,
  queryNotes: z.string().min(1).max(MAX_QUERY_NOTES),
});

const baselineEntrySchema = topicEntrySchema.extend({ part: z.literal("baseline") });

const catalogSchema = z
  .object({
    parts: z.array(z.object({ id: z.enum(ROADMAP_PARTS), name: z.string() })).length(4),
    topics: z.array(topicEntrySchema),
    baselines: z.array(baselineEntrySchema),
  })
  .superRefine((c, ctx) => {
    const slugs = c.topics.map((t) => t.slug);
    const missing = ROADMAP_SLUGS.filter((s) => !slugs.includes(s));
    if (missing.length) ctx.addIssue({ code: "custom", message: `missing topics: ${missing.join(", ")}` });
    const all = [...slugs, ...c.baselines.map((b) => b.slug)];
    const dup = all.find((s, i) => all.indexOf(s) !== i);
    if (dup) ctx.addIssue({ code: "custom", message: `duplicate slug: ${dup}` });
  });

export interface Topic {
  slug: string;
  name: string;
  part: RoadmapPart | "baseline" | "custom";
  description: string;
  /** The query in canonical arXiv syntax: the text that identifies a query version. */
  query: string;
  queryNode: QueryNode;
  queryNotes: string;
}

export interface TopicCatalog {
  parts: { id: RoadmapPart; name: string }[];
  topics: Topic[];
  baselines: Topic[];
}

export function parseCatalog(raw: unknown): TopicCatalog {
  const parsed = catalogSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`data/topics.json is invalid:\n${lines.join("\n")}`);
  }
  const toTopic = (t: z.infer<typeof topicEntrySchema> | z.infer<typeof baselineEntrySchema>): Topic => {
    const queryNode = parseTopicQuery(t.query);
    return { ...t, query: renderQuery(queryNode), queryNode };
  };
  return {
    parts: parsed.data.parts,
    topics: parsed.data.topics.map(toTopic),
    baselines: parsed.data.baselines.map(toTopic),
  };
}

let cached: TopicCatalog | undefined;

export function loadCatalog(): TopicCatalog {
  cached ??= parseCatalog(rawCatalog);
  return cached;
}

/** A roadmap topic or a baseline by slug, or null. */
export function findTopic(slug: string): Topic | null {
  const c = loadCatalog();
  return c.topics.find((t) => t.slug === slug) ?? c.baselines.find((t) => t.slug === slug) ?? null;
}

/** Everything a sync keeps current: the topics, then the baselines. */
export function syncableTopics(): Topic[] {
  const c = loadCatalog();
  return [...c.topics, ...c.baselines];
}
