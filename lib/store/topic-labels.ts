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

/**
 * A label is a reader's judgement of a paper for a topic, recorded under the query version it was
 * made with. A version's effective label for a paper is its own label if it has one, else the
 * latest made under another version: whether a paper is about a topic does not depend on the query
 * that found it, so a query edit keeps what readers judged (and a label set in the query lab on a
 * paper the draft gains counts once the draft is saved).
 */
const EFFECTIVE_LABELS = `
  SELECT paper_id AS paperId, query_version AS queryVersion, label, labelled_by AS labelledBy, labelled_at AS labelledAt
  FROM (
    SELECT l.*, ROW_NUMBER() OVER (
      PARTITION BY l.paper_id ORDER BY l.query_version = @version DESC, l.labelled_at DESC, l.query_version DESC
    ) AS pick
    FROM topic_labels l
    WHERE l.slug = @slug AND (@ids IS NULL OR l.paper_id IN (SELECT value FROM json_each(@ids)))
  ) WHERE pick = 1`;

export interface VersionedTopicLabel extends TopicLabel {
  /** The query version the label was made under (the current one, or an earlier or later one). */
  queryVersion: number;
}

/**
 * Sets a paper's label for a topic under a query version. Clearing (`label` null) takes the
 * paper's label back for the topic under every version, so no older judgement shows through.
 */
export function setTopicLabel(db: Db, key: CountKey, paperId: string, label: TopicLabelKind | null, by: string, now = new Date()): TopicLabel | null {
  const row = { slug: key.slug, version: key.queryVersion, paperId };
  if (label === null) {
    db.prepare("DELETE FROM topic_labels WHERE slug = @slug AND paper_id = @paperId").run(row);
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

/**
 * Each paper's effective label for a query version, by paper id: every labelled paper of the topic
 * (a few hundred at most), or only `paperIds` (the papers a draft gains or loses in the query lab).
 */
export function listTopicLabels(db: Db, key: CountKey, paperIds?: readonly string[]): Map<string, VersionedTopicLabel> {
  const rows = db
    .prepare(EFFECTIVE_LABELS)
    .all({ slug: key.slug, version: key.queryVersion, ids: paperIds ? JSON.stringify(paperIds) : null }) as (VersionedTopicLabel & { paperId: string })[];
  return new Map(rows.map(({ paperId, ...l }) => [paperId, l]));
}

/**
 * The on and off labels that measure a query version: effective labels on papers it matches
 * (a label on a paper the version does not list says nothing of it).
 */
export function countTopicLabels(db: Db, key: CountKey): { on: number; off: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(e.label = 'on'), 0) AS "on", COALESCE(SUM(e.label = 'off'), 0) AS "off"
       FROM (${EFFECTIVE_LABELS}) e
       WHERE EXISTS (SELECT 1 FROM topic_papers tp WHERE tp.slug = @slug AND tp.query_version = @version AND tp.paper_id = e.paperId)`,
    )
    .get({ slug: key.slug, version: key.queryVersion, ids: null }) as { on: number; off: number };
}
