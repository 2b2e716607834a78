// A topic resolved once per request: its definition and its current query version, handed to
// every reader so that none looks the version up again from the query text.
import type { Db } from "../store/db";
import { findQueryVersion } from "../store/query-versions";
import { getTopic, listTopics, type ListTopicsOptions, type TopicRecord } from "./registry";
import { isTopicSlug } from "./slug";
import { NotFoundError } from "../http/api-error";

export interface ResolvedTopic extends TopicRecord {
  /** The store's version of `query`; null when this query was never synced or computed. */
  queryVersion: number | null;
}

/** Slugs that name no topic (or only the share baseline where it is not a topic). The API answers 404. */
export class UnknownTopicsError extends NotFoundError {
  override readonly name = "UnknownTopicsError";
  constructor(readonly slugs: readonly string[]) {
    super(`unknown topic${slugs.length > 1 ? "s" : ""}: ${slugs.join(", ")}`);
  }
}

export function withQueryVersion(db: Db, topic: TopicRecord): ResolvedTopic {
  return { ...topic, queryVersion: findQueryVersion(db, topic.slug, topic.query) };
}

export interface ResolveOptions {
  /** The share baseline counts as a topic (counts, overlap, sync); pages, feeds and reviews leave it out. */
  baselines?: boolean;
}

/** One topic by slug (archived ones included), or null; a malformed slug is unknown without asking the store. */
export function resolveTopic(db: Db, slug: string, options: ResolveOptions = {}): ResolvedTopic | null {
  const topic = isTopicSlug(slug) ? getTopic(db, slug) : null;
  if (!topic || (topic.origin === "baseline" && !options.baselines)) return null;
  return withQueryVersion(db, topic);
}

/**
 * Topics by slug in the order asked (each once), or every live topic when none is named.
 * Throws UnknownTopicsError naming every slug that is not a topic.
 */
export function resolveTopics(db: Db, slugs: readonly string[] | undefined, options: ResolveOptions = {}): ResolvedTopic[] {
  if (!slugs || slugs.length === 0) return listResolvedTopics(db);
  const found = [...new Set(slugs)].map((slug) => ({ slug, topic: resolveTopic(db, slug, options) }));
  const unknown = found.filter((f) => f.topic === null).map((f) => f.slug);
  if (unknown.length) throw new UnknownTopicsError(unknown);
  return found.map((f) => f.topic!);
}

/** listTopics, each with its current query version. */
export function listResolvedTopics(db: Db, options?: ListTopicsOptions): ResolvedTopic[] {
  return listTopics(db, options).map((t) => withQueryVersion(db, t));
}
