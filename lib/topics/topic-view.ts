// A topic as the JSON API shows it (the list, the editor's detail, every edit's answer), and
// the reader of GET /api/topics/{slug} that its route and the editor's prefetch share.
import type { Db } from "../store/db";
import { listQueryVersions, type QueryVersion } from "../store/query-versions";
import { loadCatalog, type RoadmapPart } from "./catalog";
import { arxivApiFeedUrl, arxivWebSearchUrl } from "./links";
import { listResolvedTopics, type ResolvedTopic } from "./resolve";
import type { TopicRecord } from "./registry";
import type { QueryVersionChange, TopicEditResult } from "./editor";

export interface TopicJson {
  slug: string;
  name: string;
  part: TopicRecord["part"];
  description: string;
  query: string;
  queryNotes: string;
  queryVersion: number | null;
  origin: TopicRecord["origin"];
  archived: boolean;
  edited: boolean;
  originalQuery: string | null;
  links: { arxivSearch: string; apiFeed: string };
}

export function topicJson(t: ResolvedTopic): TopicJson {
  return {
    slug: t.slug,
    name: t.name,
    part: t.part,
    description: t.description,
    query: t.query,
    queryNotes: t.queryNotes,
    queryVersion: t.queryVersion,
    origin: t.origin,
    archived: t.archived,
    edited: t.edited,
    originalQuery: t.originalQuery,
    links: { arxivSearch: arxivWebSearchUrl(t.query), apiFeed: arxivApiFeedUrl(t.query) },
  };
}

export interface TopicDetail {
  topic: TopicJson;
  queryVersions: QueryVersion[];
}

/** One topic with every query version it has had. */
export function readTopicDetail(db: Db, topic: ResolvedTopic): TopicDetail {
  return { topic: topicJson(topic), queryVersions: listQueryVersions(db, topic.slug) };
}

export interface TopicList {
  parts: { id: RoadmapPart; name: string }[];
  topics: TopicJson[];
  baselines: TopicJson[];
}

/** Every topic, archived ones and the baselines included (GET /api/topics). */
export function readTopicList(db: Db): TopicList {
  const all = listResolvedTopics(db, { includeArchived: true, includeBaselines: true });
  return {
    parts: loadCatalog().parts,
    topics: all.filter((t) => t.origin !== "baseline").map(topicJson),
    baselines: all.filter((t) => t.origin === "baseline").map(topicJson),
  };
}

export interface TopicEditAnswer {
  topic: TopicJson;
  queryVersion: QueryVersionChange;
}

/** What an edit answers: the topic as saved, its current version being the one the save reports. */
export function editedTopicAnswer(result: TopicEditResult): TopicEditAnswer {
  return { topic: topicJson({ ...result.topic, queryVersion: result.queryVersion.current }), queryVersion: result.queryVersion };
}
