// Monthly publication counts per (topic, query version, month), each with the time fetched.
import "server-only";
import type { Db } from "./db";
import type { MonthKey } from "../calendar/months";

export interface CachedMonthCount {
  month: MonthKey;
  count: number;
  fetchedAt: string;
}

export interface CountKey {
  slug: string;
  queryVersion: number;
}

export function getMonthlyCounts(
  db: Db,
  key: CountKey,
  from: MonthKey,
  to: MonthKey,
): Map<MonthKey, CachedMonthCount> {
  const rows = db
    .prepare(
      `SELECT month, count, fetched_at AS fetchedAt FROM monthly_counts
       WHERE slug = ? AND query_version = ? AND month BETWEEN ? AND ? ORDER BY month`,
    )
    .all(key.slug, key.queryVersion, from, to) as CachedMonthCount[];
  return new Map(rows.map((r) => [r.month, r]));
}

export function getMonthlyCount(db: Db, key: CountKey, month: MonthKey): CachedMonthCount | null {
  const row = db
    .prepare(
      `SELECT month, count, fetched_at AS fetchedAt FROM monthly_counts
       WHERE slug = ? AND query_version = ? AND month = ?`,
    )
    .get(key.slug, key.queryVersion, month) as CachedMonthCount | undefined;
  return row ?? null;
}

/**
 * Records a count that arXiv answered. Only successful answers reach this function, so a
 * failure can never overwrite a good value; the "fell to zero" check lives in the sync,
 * which asks arXiv again before calling this with a zero.
 */
export function putMonthlyCount(
  db: Db,
  key: CountKey,
  month: MonthKey,
  count: number,
  fetchedAt: Date,
): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`refusing to store count ${count} for ${key.slug} ${month}`);
  }
  db.prepare(
    `INSERT INTO monthly_counts (slug, query_version, month, count, fetched_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (slug, query_version, month)
     DO UPDATE SET count = excluded.count, fetched_at = excluded.fetched_at`,
  ).run(key.slug, key.queryVersion, month, count, fetchedAt.toISOString());
}
