// Stored topic definitions: custom topics and edits of roadmap topics (see migration 2).
import "server-only";
import type { Db } from "./db";

export interface TopicDefinitionRow {
  slug: string;
  origin: "custom" | "roadmap";
  name: string;
  part: string;
  description: string;
  query: string;
  queryNotes: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT slug, origin, name, part, description, query, query_notes AS queryNotes,
  archived_at AS archivedAt, created_at AS createdAt, updated_at AS updatedAt FROM topic_definitions`;

export function listTopicDefinitions(db: Db): TopicDefinitionRow[] {
  return db.prepare(`${SELECT} ORDER BY created_at, slug`).all() as TopicDefinitionRow[];
}

export function getTopicDefinition(db: Db, slug: string): TopicDefinitionRow | null {
  return (db.prepare(`${SELECT} WHERE slug = ?`).get(slug) as TopicDefinitionRow | undefined) ?? null;
}

export function putTopicDefinition(
  db: Db,
  d: Omit<TopicDefinitionRow, "createdAt" | "updatedAt" | "archivedAt">,
  now = new Date(),
): void {
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO topic_definitions (slug, origin, name, part, description, query, query_notes, archived_at, created_at, updated_at)
     VALUES (@slug, @origin, @name, @part, @description, @query, @queryNotes, NULL, @at, @at)
     ON CONFLICT (slug) DO UPDATE SET name = excluded.name, part = excluded.part,
       description = excluded.description, query = excluded.query, query_notes = excluded.query_notes,
       updated_at = excluded.updated_at`,
  ).run({ ...d, at });
}

export function setTopicArchived(db: Db, slug: string, archived: boolean, now = new Date()): void {
  db.prepare("UPDATE topic_definitions SET archived_at = ?, updated_at = ? WHERE slug = ?").run(
    archived ? now.toISOString() : null,
    now.toISOString(),
    slug,
  );
}

export function deleteTopicDefinition(db: Db, slug: string): void {
  db.prepare("DELETE FROM topic_definitions WHERE slug = ?").run(slug);
}
