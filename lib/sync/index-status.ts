// What the index holds per month, for GET /api/index and the data-health views: papers in
// scope, whether the harvest listed the month completely, and when.
import type { Db } from "../store/db";
import { listIndexMonths } from "../store/index-months";
import { monthBounds, monthRange, type MonthKey } from "../calendar/months";
import type { IndexScope } from "../index/scope";

export interface IndexMonthStatus {
  month: MonthKey;
  /** Papers of the scope first submitted in the month that the index holds. */
  papers: number;
  /** Every paper arXiv listed for the whole month is stored (for the running month: up to `completeTo`). */
  complete: boolean;
  /** Up to when the listing is complete; null when never. */
  completeTo: string | null;
  /** Listed again after the month settled: final. */
  settled: boolean;
  harvestedAt: string | null;
  requests: number;
  lastError: string | null;
}

export interface IndexStatus {
  scope: { categories: string[]; source: string };
  months: IndexMonthStatus[];
}

export function readIndexStatus(db: Db, scope: IndexScope, from: MonthKey, to: MonthKey, now: Date): IndexStatus {
  const counts = new Map(
    (db
      .prepare("SELECT month, COUNT(*) AS n FROM papers WHERE in_scope = 1 AND month BETWEEN ? AND ? GROUP BY month")
      .all(from, to) as { month: MonthKey; n: number }[]).map((r) => [r.month, r.n]),
  );
  const known = new Map(listIndexMonths(db, from, to).map((m) => [m.month, m]));
  return {
    scope: { categories: scope.categories, source: scope.source },
    months: monthRange(from, to).map((month) => {
      const m = known.get(month);
      const sameScope = m?.scopeKey === scope.key;
      const completeTo = sameScope ? m?.completeTo ?? null : null;
      const end = Math.min(monthBounds(month).end.getTime(), now.getTime());
      return {
        month,
        papers: counts.get(month) ?? 0,
        complete: completeTo !== null && Date.parse(completeTo) >= end - 60_000,
        completeTo,
        settled: sameScope && (m?.settled ?? false),
        harvestedAt: m?.harvestedAt ?? null,
        requests: m?.requests ?? 0,
        lastError: m?.lastError ?? null,
      };
    }),
  };
}
