// A topic's on-topic labels and measured rate for its current query version (labels made under
// earlier versions count where the current one still matches the paper): one reader for
// GET/POST /api/topics/{slug}/labels and the topic page's prefetch.
import type { Db } from "../store/db";
import { countTopicLabels, getCachedPaper, listTopicLabels, setTopicLabel, type TopicLabelKind, type VersionedTopicLabel } from "../store";
import { onTopicRate, type OnTopicRate } from "./on-topic-rate";
import type { ResolvedTopic } from "./resolve";

export type { TopicLabelKind, VersionedTopicLabel } from "../store/topic-labels";

export interface TopicLabelsAnswer {
  slug: string;
  /** The current query version the labels belong to; null when it was never computed. */
  queryVersion: number | null;
  rate: OnTopicRate;
  /**
   * Each labelled paper's effective label for the current version, matched or not: its label under
   * this version, else the latest made under another (`queryVersion` says which).
   */
  labels: Record<string, VersionedTopicLabel>;
}

export function readTopicLabels(db: Db, topic: ResolvedTopic): TopicLabelsAnswer {
  const { queryVersion } = topic;
  if (queryVersion === null) return { slug: topic.slug, queryVersion, rate: onTopicRate(0, 0), labels: {} };
  const key = { slug: topic.slug, queryVersion };
  const { on, off } = countTopicLabels(db, key);
  return { slug: topic.slug, queryVersion, rate: onTopicRate(on, off), labels: Object.fromEntries(listTopicLabels(db, key)) };
}

export class UnknownPaperError extends Error {}
export class UncomputedTopicError extends Error {}

/** Labels a paper for the topic's current query version; the answer is the topic's labels after. */
export function labelTopicPaper(db: Db, topic: ResolvedTopic, paperId: string, label: TopicLabelKind | null, by: string, now = new Date()): TopicLabelsAnswer {
  const { queryVersion } = topic;
  if (queryVersion === null) throw new UncomputedTopicError(`topic "${topic.slug}" has no computed query version`);
  if (!getCachedPaper(db, paperId)) throw new UnknownPaperError(`paper ${paperId} not found`);
  setTopicLabel(db, { slug: topic.slug, queryVersion }, paperId, label, by, now);
  return readTopicLabels(db, topic);
}
