// A topic as the JSON API shows it, shared by the list and the edit routes.
import type { Db } from "@/lib/store/db";
import { findQueryVersion } from "@/lib/store";
import type { TopicRecord } from "@/lib/topics/registry";
import { arxivApiFeedUrl, arxivWebSearchUrl } from "@/lib/topics/links";

export function topicJson(db: Db, t: TopicRecord) {
  return {
    slug: t.slug,
    name: t.name,
    part: t.part,
    description: t.description,
    query: t.query,
    queryNotes: t.queryNotes,
    queryVersion: findQueryVersion(db, t.slug, t.query),
    origin: t.origin,
    archived: t.archived,
    edited: t.edited,
    originalQuery: t.originalQuery,
    links: { arxivSearch: arxivWebSearchUrl(t.query), apiFeed: arxivApiFeedUrl(t.query) },
  };
}

export type TopicJson = ReturnType<typeof topicJson>;
