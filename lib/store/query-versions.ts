// A topic's query versions. A new canonical query text gets the next version number; going
// back to an earlier text reuses that earlier version (and its cached numbers).
import "server-only";
import type { Db } from "./db";

export interface QueryVersion {
  slug: string;
  version: number;
  query: string;
  createdAt: string;
}

interface Row {
  slug: string;
  version: number;
  query: string;
  created_at: string;
}

const toVersion = (r: Row): QueryVersion => ({
  slug: r.slug,
  version: r.version,
  query: r.query,
  createdAt: r.created_at,
});

/** The version number of `query` for `slug`, recording it as a new version when unseen. */
export function ensureQueryVersion(db: Db, slug: string, query: string, now = new Date()): number {
  return db
    .transaction(() => {
      const existing = db
        .prepare("SELECT version FROM topic_query_versions WHERE slug = ? AND query = ?")
        .pluck()
        .get(slug, query) as number | undefined;
      if (existing !== undefined) return existing;
      const max = db
        .prepare("SELECT COALESCE(MAX(version), 0) FROM topic_query_versions WHERE slug = ?")
        .pluck()
        .get(slug) as number;
      db.prepare(
        "INSERT INTO topic_query_versions (slug, version, query, created_at) VALUES (?, ?, ?, ?)",
      ).run(slug, max + 1, query, now.toISOString());
      return max + 1;
    })
    .immediate();
}

/** The version of `query` if it was ever recorded, without recording it. */
export function findQueryVersion(db: Db, slug: string, query: string): number | null {
  const v = db
    .prepare("SELECT version FROM topic_query_versions WHERE slug = ? AND query = ?")
    .pluck()
    .get(slug, query) as number | undefined;
  return v ?? null;
}

export function listQueryVersions(db: Db, slug: string): QueryVersion[] {
  const rows = db
    .prepare("SELECT * FROM topic_query_versions WHERE slug = ? ORDER BY version")
    .all(slug) as Row[];
  return rows.map(toVersion);
}
