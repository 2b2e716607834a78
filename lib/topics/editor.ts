// Adding, editing, archiving and restoring topics. Custom topics live in topic_definitions; an
// edited roadmap topic is a row there that overrides the catalog, and restoring deletes it. A
// changed query is recorded as a new query version at once, so counts are never mixed.
import type { Db } from "../store/db";
import { ensureQueryVersion, findQueryVersion } from "../store/query-versions";
import { isTopicComputed, recomputeTopic } from "../store/topic-index";
import { categoriesOutsideScope, loadScope, outsideScopeMessage } from "../index/scope";
import {
  deleteTopicDefinition,
  getTopicDefinition,
  putTopicDefinition,
  setTopicArchived,
} from "../store/topic-definitions";
import { loadCatalog, type Topic } from "./catalog";
import { parseTopicQuery } from "../arxiv/query";
import { getTopic, listTopics, type TopicRecord } from "./registry";
import { RESERVED_SLUGS, slugFromName, type TopicInput, type TopicPatch } from "./topic-input";

export type TopicEditProblem = "invalid" | "not-found" | "conflict";

export class TopicEditError extends Error {
  override readonly name = "TopicEditError";
  constructor(
    readonly problem: TopicEditProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface QueryVersionChange {
  previous: number | null;
  current: number;
  /** True when the save started a query version (counts of the previous one stay as they were). */
  changed: boolean;
}

export interface TopicEditResult {
  topic: TopicRecord;
  queryVersion: QueryVersionChange;
}

function mustExist(db: Db, slug: string): TopicRecord {
  const topic = getTopic(db, slug);
  if (!topic) throw new TopicEditError("not-found", `topic "${slug}" not found`);
  if (topic.origin === "baseline") {
    throw new TopicEditError("conflict", `"${topic.name}" is the share baseline (the denominator of every share); it cannot be changed`);
  }
  return topic;
}

function refuseDuplicateName(db: Db, name: string, exceptSlug: string | null): void {
  const lower = name.toLowerCase();
  const clash = listTopics(db, { includeArchived: true, includeBaselines: true }).find(
    (t) => t.slug !== exceptSlug && t.name.toLowerCase() === lower,
  );
  if (clash) throw new TopicEditError("conflict", `a topic named "${clash.name}" already exists (${clash.slug})`);
}

/**
 * Records the query's version and, when the index has never computed it, its whole history
 * from the index: a new or edited query has counts at once, without asking arXiv.
 */
function versionChange(db: Db, slug: string, previousQuery: string | null, query: string, now: Date): QueryVersionChange {
  const previous = previousQuery === null ? null : findQueryVersion(db, slug, previousQuery);
  const current = ensureQueryVersion(db, slug, query, now);
  const key = { slug, queryVersion: current };
  if (!isTopicComputed(db, key)) recomputeTopic(db, { ...key, queryNode: parseTopicQuery(query) }, now);
  return { previous, current, changed: previousQuery !== query };
}

/** A query that names a category the index does not harvest would count nothing there. */
function refuseOutsideScope(query: string): void {
  const scope = loadScope();
  const outside = categoriesOutsideScope(parseTopicQuery(query), scope);
  if (outside.length > 0) throw new TopicEditError("invalid", outsideScopeMessage(outside, scope));
}

const reread = (db: Db, slug: string): TopicRecord => getTopic(db, slug)!;

/** Adds a custom topic; its slug comes from the name and must be free. */
export function createCustomTopic(db: Db, input: TopicInput, now = new Date()): TopicEditResult {
  return db
    .transaction(() => {
      const slug = slugFromName(input.name);
      if (RESERVED_SLUGS.has(slug)) throw new TopicEditError("conflict", `"${slug}" is a reserved address; choose another name`);
      const existing = getTopic(db, slug);
      if (existing) throw new TopicEditError("conflict", `the address "${slug}" is taken by the topic "${existing.name}"; choose another name`);
      refuseDuplicateName(db, input.name, null);
      refuseOutsideScope(input.query);
      putTopicDefinition(db, { slug, origin: "custom", ...input }, now);
      return { topic: reread(db, slug), queryVersion: versionChange(db, slug, null, input.query, now) };
    })
    .immediate();
}

function sameAsCatalog(fields: Omit<TopicInput, "part"> & { part: string }, original: Topic): boolean {
  return (
    fields.name === original.name &&
    fields.part === original.part &&
    fields.description === original.description &&
    fields.query === original.query &&
    fields.queryNotes === original.queryNotes
  );
}

/**
 * Edits any field of a custom topic, or the name, description, query and notes of a roadmap
 * topic (which stays in its roadmap part). The slug never changes: links keep working.
 */
export function editTopic(db: Db, slug: string, patch: TopicPatch, now = new Date()): TopicEditResult {
  return db
    .transaction(() => {
      const topic = mustExist(db, slug);
      if (topic.origin === "roadmap" && patch.part !== undefined && patch.part !== topic.part) {
        throw new TopicEditError("invalid", `"${topic.name}" is a roadmap topic: it stays in the part "${topic.part}"`);
      }
      if (patch.name !== undefined && patch.name.toLowerCase() !== topic.name.toLowerCase()) {
        refuseDuplicateName(db, patch.name, slug);
      }
      const fields = {
        name: patch.name ?? topic.name,
        part: patch.part ?? topic.part,
        description: patch.description ?? topic.description,
        query: patch.query ?? topic.query,
        queryNotes: patch.queryNotes ?? topic.queryNotes,
      };
      if (fields.query !== topic.query) refuseOutsideScope(fields.query);
      const original = topic.origin === "roadmap" ? loadCatalog().topics.find((t) => t.slug === slug) ?? null : null;
      if (original && sameAsCatalog(fields, original)) {
        // Edited back to the catalog's text: drop the override so the topic reads as unedited.
        deleteTopicDefinition(db, slug);
      } else {
        putTopicDefinition(db, { slug, origin: topic.origin === "roadmap" ? "roadmap" : "custom", ...fields }, now);
      }
      const queryVersion = versionChange(db, slug, topic.query, fields.query, now);
      return { topic: reread(db, slug), queryVersion };
    })
    .immediate();
}

function customOnly(db: Db, slug: string, verb: string): TopicRecord {
  const topic = mustExist(db, slug);
  if (topic.origin === "roadmap") {
    throw new TopicEditError(
      "conflict",
      `"${topic.name}" is one of the roadmap's 16 topics: it cannot be ${verb}; edit its query or restore the original instead`,
    );
  }
  return topic;
}

/** Takes a custom topic off the pages and out of the sync; its data stay in the store. */
export function archiveTopic(db: Db, slug: string, now = new Date()): TopicRecord {
  customOnly(db, slug, "archived");
  setTopicArchived(db, slug, true, now);
  return reread(db, slug);
}

export function unarchiveTopic(db: Db, slug: string, now = new Date()): TopicRecord {
  customOnly(db, slug, "archived or unarchived");
  setTopicArchived(db, slug, false, now);
  return reread(db, slug);
}

/** Gives a roadmap topic back its catalog definition; its old query version comes back too. */
export function restoreRoadmapTopic(db: Db, slug: string, now = new Date()): TopicEditResult {
  return db
    .transaction(() => {
      const topic = mustExist(db, slug);
      if (topic.origin !== "roadmap" || getTopicDefinition(db, slug)?.origin === "custom") {
        throw new TopicEditError("conflict", `"${topic.name}" is a custom topic: only the roadmap's 16 topics can be restored`);
      }
      deleteTopicDefinition(db, slug);
      const restored = reread(db, slug);
      return { topic: restored, queryVersion: versionChange(db, slug, topic.query, restored.query, now) };
    })
    .immediate();
}
