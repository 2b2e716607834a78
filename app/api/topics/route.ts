import { loadCatalog } from "@/lib/topics/catalog";
import { listTopics, type TopicRecord } from "@/lib/topics/registry";
import { arxivApiFeedUrl, arxivWebSearchUrl } from "@/lib/topics/links";
import { getDb } from "@/lib/store/server";
import { findQueryVersion } from "@/lib/store";
import { jsonRoute } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  const db = getDb();
  const catalog = loadCatalog();
  const describe = (t: TopicRecord) => ({
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
  });
  const all = listTopics(db, { includeArchived: true, includeBaselines: true });
  return {
    parts: catalog.parts,
    topics: all.filter((t) => t.origin !== "baseline").map(describe),
    baselines: all.filter((t) => t.origin === "baseline").map(describe),
  };
});
