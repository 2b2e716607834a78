// The audit's record: what arXiv's search engine said a month holds (the whole scope, or one
// topic's query inside it) beside what the index counted, with when it was asked.
import "server-only";
import type { Db } from "./db";
import type { MonthKey } from "../calendar/months";

/** The slug under which the whole scope's month totals are kept. */
export const WHOLE_SCOPE = "*";

export interface AuditCount {
  month: MonthKey;
  /** A topic's slug, or WHOLE_SCOPE. */
  slug: string;
  queryVersion: number | null;
  arxivTotal: number;
  localCount: number;
  askedAt: string;
  /** arXiv answered 0 (twice) while the index holds papers: not believed. */
  suspect: boolean;
  /** When a suspect zero was last answered, also when a believed total was kept instead. */
  suspectAt: string | null;
}

interface Row {
  month: MonthKey;
  slug: string;
  query_version: number | null;
  arxiv_total: number;
  local_count: number;
  asked_at: string;
  suspect: number;
  suspect_at: string | null;
}

const toAuditCount = (r: Row): AuditCount => ({
  month: r.month,
  slug: r.slug,
  queryVersion: r.query_version,
  arxivTotal: r.arxiv_total,
  localCount: r.local_count,
  askedAt: r.asked_at,
  suspect: r.suspect === 1,
  suspectAt: r.suspect_at,
});

/**
 * Stores one answer. A suspect zero never replaces a believed positive total (the issue 11
 * rule for counts): the old total stays, only `suspect_at` and the local count move.
 */
export function putAuditCount(db: Db, c: Omit<AuditCount, "suspectAt">): void {
  db.transaction(() => {
    const prev = db.prepare("SELECT * FROM audit_counts WHERE month = ? AND slug = ?").get(c.month, c.slug) as Row | undefined;
    if (c.suspect && prev && prev.suspect === 0 && prev.arxiv_total > 0) {
      db.prepare("UPDATE audit_counts SET suspect_at = ?, local_count = ? WHERE month = ? AND slug = ?").run(c.askedAt, c.localCount, c.month, c.slug);
      return;
    }
    db.prepare(
      `INSERT INTO audit_counts (month, slug, query_version, arxiv_total, local_count, asked_at, suspect, suspect_at)
       VALUES (@month, @slug, @queryVersion, @arxivTotal, @localCount, @askedAt, @suspect, @suspectAt)
       ON CONFLICT (month, slug) DO UPDATE SET query_version = excluded.query_version, arxiv_total = excluded.arxiv_total,
         local_count = excluded.local_count, asked_at = excluded.asked_at, suspect = excluded.suspect, suspect_at = excluded.suspect_at`,
    ).run({ ...c, suspect: c.suspect ? 1 : 0, suspectAt: c.suspect ? c.askedAt : null });
  }).immediate();
}

export function listAuditCounts(db: Db, from?: MonthKey, to?: MonthKey): AuditCount[] {
  const rows = db
    .prepare("SELECT * FROM audit_counts WHERE month BETWEEN ? AND ? ORDER BY month, slug")
    .all(from ?? "0000-00", to ?? "9999-99") as Row[];
  return rows.map(toAuditCount);
}
