import { loadCatalog } from "@/lib/topics/catalog";
import { arxivApiFeedUrl, arxivWebSearchUrl } from "@/lib/topics/links";
import { getDb } from "@/lib/store/server";
import { findQueryVersion } from "@/lib/store";
import { jsonRoute } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  const db = getDb();
  const catalog = loadCatalog();
  const describe = (t: (typeof catalog.topics)[number]) => ({
    slug: t.slug,
    name: t.name,
    part: t.part,
    description: t.description,
    query: t.query,
    queryVersion: findQueryVersion(db, t.slug, t.query),
    links: { arxivSearch: arxivWebSearchUrl(t.query), apiFeed: arxivApiFeedUrl(t.query) },
  });
  return { parts: catalog.parts, topics: catalog.topics.map(describe), baselines: catalog.baselines.map(describe) };
});
