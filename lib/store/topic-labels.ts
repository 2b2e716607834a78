// On-topic labels (migration 8): a reader's "on" or "off" for a paper under one topic's query
// version, shared by everyone on this server, with who set it and when.
import "server-only";
import type { Db } from "./db";
import type { CountKey } from "./counts";

export const TOPIC_LABELS = ["on", "off"] as const;
export type TopicLabelKind = (typeof TOPIC_LABELS)[number];

export interface TopicLabel {
  label: TopicLabelKind;
  labelledBy: string;
  labelledAt: string;
}

/** Sets a paper's label for a topic's query version, or clears it when `label` is null. */
export function setTopicLabel(db: Db, key: CountKey, paperId: string, label: TopicLabelKind | null, by: string, now = new Date()): TopicLabel | null {
  const row = { slug: key.slug, version: key.queryVersion, paperId };
  if (label === null) {
    db.prepare("DELETE FROM topic_labels WHERE slug = @slug AND query_version = @version AND paper_id = @paperId").run(row);
    return null;
  }
  const labelledAt = now.toISOString();
  db.prepare(
    `INSERT INTO topic_labels (slug, query_version, paper_id, label, labelled_by, labelled_at)
     VALUES (@slug, @version, @paperId, @label, @by, @at)
     ON CONFLICT (slug, query_version, paper_id) DO UPDATE SET label = excluded.label,
       labelled_by = excluded.labelled_by, labelled_at = excluded.labelled_at`,
  ).run({ ...row, label, by, at: labelledAt });
  return { label, labelledBy: by, labelledAt };
}

/** Every label of a query version, by paper id (a topic has a few hundred at most). */
export function listTopicLabels(db: Db, key: CountKey): Map<string, TopicLabel> {
  const rows = db
    .prepare(
      `SELECT paper_id AS paperId, label, labelled_by AS labelledBy, labelled_at AS labelledAt
       FROM topic_labels WHERE slug = ? AND query_version = ?`,
    )
    .all(key.slug, key.queryVersion) as (TopicLabel & { paperId: string })[];
  return new Map(rows.map(({ paperId, ...l }) => [paperId, l]));
}

/**
 * The on and off labels that measure a query version: only papers it still matches count
 * (a label left on a paper the index no longer lists under this version says nothing of it).
 */
export function countTopicLabels(db: Db, key: CountKey): { on: number; off: number } {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(l.label = 'on'), 0) AS "on", COALESCE(SUM(l.label = 'off'), 0) AS "off"
       FROM topic_labels l
       WHERE l.slug = @slug AND l.query_version = @version
         AND EXISTS (SELECT 1 FROM topic_papers tp WHERE tp.slug = l.slug AND tp.query_version = l.query_version AND tp.paper_id = l.paper_id)`,
    )
    .get({ slug: key.slug, version: key.queryVersion }) as { on: number; off: number };
  return row;
}

export interface VersionedTopicLabel extends TopicLabel {
  queryVersion: number;
}

/**
 * For papers a draft query would gain or lose: each paper's label under the topic, from the
 * current version if it has one there, else the latest from an earlier or later version.
 */
export function findTopicLabels(db: Db, key: CountKey, paperIds: readonly string[]): Map<string, VersionedTopicLabel> {
  const rows = db
    .prepare(
      `SELECT paper_id AS paperId, query_version AS queryVersion, label, labelled_by AS labelledBy, labelled_at AS labelledAt
       FROM topic_labels WHERE slug = ? AND paper_id IN (SELECT value FROM json_each(?))
       ORDER BY query_version = ? DESC, labelled_at DESC`,
    )
    .all(key.slug, JSON.stringify(paperIds), key.queryVersion) as (VersionedTopicLabel & { paperId: string })[];
  const out = new Map<string, VersionedTopicLabel>();
  for (const { paperId, ...l } of rows) if (!out.has(paperId)) out.set(paperId, l);
  return out;
}
