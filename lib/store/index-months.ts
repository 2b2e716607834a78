// What the harvest knows of each month of the index: harvested under which scope, complete up
// to when, settled or not, how many requests it took, and the last failure.
import "server-only";
import type { Db } from "./db";
import type { MonthKey } from "../calendar/months";

export interface IndexMonth {
  month: MonthKey;
  scopeKey: string;
  /** Exclusive instant (ISO) up to which every paper arXiv listed for the month is stored; null: never complete. */
  completeTo: string | null;
  /** The last complete listing of the month (or the first attempt, when none completed). */
  harvestedAt: string;
  /** Asked again after the month ended and settled (SYNC_SETTLE_DAYS): final. */
  settled: boolean;
  requests: number;
  lastError: string | null;
}

interface Row {
  month: MonthKey;
  scope_key: string;
  complete_to: string | null;
  harvested_at: string;
  settled: number;
  requests: number;
  last_error: string | null;
}

const toIndexMonth = (r: Row): IndexMonth => ({
  month: r.month,
  scopeKey: r.scope_key,
  completeTo: r.complete_to,
  harvestedAt: r.harvested_at,
  settled: r.settled === 1,
  requests: r.requests,
  lastError: r.last_error,
});

export function listIndexMonths(db: Db, from?: MonthKey, to?: MonthKey): IndexMonth[] {
  const rows = db
    .prepare("SELECT * FROM index_months WHERE month BETWEEN ? AND ? ORDER BY month")
    .all(from ?? "0000-00", to ?? "9999-99") as Row[];
  return rows.map(toIndexMonth);
}

export interface SliceOutcome {
  month: MonthKey;
  scopeKey: string;
  /** The slice listed, [from, to) as ISO instants. */
  from: string;
  to: string;
  /** Every paper arXiv listed for the slice is stored. */
  complete: boolean;
  /** The slice reaches the month's end after it settled. */
  settles: boolean;
  /** Requests this slice took (pages, retries not included). */
  requests: number;
  at: Date;
  error?: string;
}

/**
 * Records a harvested slice. The month's `completeTo` moves forward only through a complete
 * slice that starts where the month was already complete (or at the month's start), under the
 * same scope; a failed slice leaves it where it was, with the error.
 */
export function recordHarvestSlice(db: Db, o: SliceOutcome, monthStart: string): void {
  db.transaction(() => {
    const prev = db.prepare("SELECT * FROM index_months WHERE month = ?").get(o.month) as Row | undefined;
    const sameScope = prev?.scope_key === o.scopeKey;
    let completeTo = sameScope ? prev?.complete_to ?? null : null;
    const contiguous = o.from <= monthStart || (completeTo !== null && o.from <= completeTo);
    if (o.complete && contiguous && (completeTo === null || o.to > completeTo)) completeTo = o.to;
    const settled = (sameScope && prev?.settled === 1) || (o.complete && o.settles && completeTo !== null && completeTo >= o.to);
    db.prepare(
      `INSERT INTO index_months (month, scope_key, complete_to, harvested_at, settled, requests, last_error)
       VALUES (@month, @scope, @completeTo, @at, @settled, @requests, @error)
       ON CONFLICT (month) DO UPDATE SET scope_key = excluded.scope_key, complete_to = excluded.complete_to,
         harvested_at = excluded.harvested_at, settled = excluded.settled,
         requests = index_months.requests + excluded.requests, last_error = excluded.last_error`,
    ).run({
      month: o.month,
      scope: o.scopeKey,
      completeTo,
      // A failed slice does not count as a look at the month: the next sync asks again.
      at: o.complete || !prev ? o.at.toISOString() : prev.harvested_at,
      settled: settled ? 1 : 0,
      requests: o.requests,
      error: o.error ?? null,
    });
  }).immediate();
}

/** When the index last listed a month completely: what "updated" means for feeds and status. */
export function latestIndexListing(db: Db): string | null {
  return db.prepare("SELECT MAX(harvested_at) FROM index_months WHERE complete_to IS NOT NULL").pluck().get() as string | null;
}

/**
 * Merges a harvest record that came from elsewhere (a snapshot, the bulk dump) into the
 * store's. Under the same scope the further `completeTo` wins and `settled` is kept if either
 * side had it; across scopes the record of the current scope wins (the plan redoes the other).
 * Requests stay this store's own: they are what this install spent. Call inside a transaction.
 */
export function mergeIndexMonth(db: Db, incoming: IndexMonth, currentScopeKey: string): void {
  const prev = db.prepare("SELECT * FROM index_months WHERE month = ?").get(incoming.month) as Row | undefined;
  const put = db.prepare(
    `INSERT INTO index_months (month, scope_key, complete_to, harvested_at, settled, requests, last_error)
     VALUES (@month, @scopeKey, @completeTo, @harvestedAt, @settled, @requests, @lastError)
     ON CONFLICT (month) DO UPDATE SET scope_key = excluded.scope_key, complete_to = excluded.complete_to,
       harvested_at = excluded.harvested_at, settled = excluded.settled, last_error = excluded.last_error`,
  );
  const row = (m: IndexMonth, requests: number) => ({ ...m, settled: m.settled ? 1 : 0, requests });
  if (!prev) return void put.run(row(incoming, 0));
  const local = toIndexMonth(prev);
  if (local.scopeKey !== incoming.scopeKey) {
    if (incoming.scopeKey === currentScopeKey && local.scopeKey !== currentScopeKey) put.run(row(incoming, local.requests));
    return;
  }
  const further = (incoming.completeTo ?? "") > (local.completeTo ?? "");
  const winner = further ? incoming : local;
  put.run(row({ ...winner, settled: local.settled || incoming.settled, lastError: further ? null : local.lastError }, local.requests));
}
