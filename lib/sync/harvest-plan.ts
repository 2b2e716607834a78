// Which slices of the scope a harvest must list: the difference between the months wanted
// and what the index records. Pure, so a restarted sync plans only what is left.
import { monthBounds, monthRange, type MonthKey } from "../calendar/months";
import type { RefreshPolicy } from "./policy";

/** A stretch of submission time to list whole: [from, to), minute-aligned instants. */
export interface HarvestSlice {
  month: MonthKey;
  from: Date;
  to: Date;
  /** Why it is asked, for progress lines and the data-health record. */
  reason: "new" | "catch-up" | "refresh" | "settle";
  /** This slice reaches the month's end after it settled: the month becomes final. */
  settles: boolean;
}

/** What the plan needs to know of a month already in the index. */
export interface IndexedMonthState {
  scopeKey: string;
  completeTo: string | null;
  harvestedAt: string;
  settled: boolean;
}

export interface HarvestPlanRequest {
  from: MonthKey;
  to: MonthKey;
  now: Date;
  scopeKey: string;
  policy: RefreshPolicy;
}

const MINUTE = 60_000;

export function floorToMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

/** Newest month first, so the dashboard's right-hand edge fills first. */
export function planHarvest(req: HarvestPlanRequest, known: ReadonlyMap<MonthKey, IndexedMonthState>): HarvestSlice[] {
  const nowMs = floorToMinute(req.now.getTime());
  const slices: HarvestSlice[] = [];
  for (const month of monthRange(req.from, req.to).reverse()) {
    const { start, end } = monthBounds(month);
    const startMs = start.getTime();
    const endMs = end.getTime();
    if (startMs >= nowMs) continue;
    const capMs = Math.min(endMs, nowMs);
    const closed = endMs <= nowMs;
    const state = known.get(month);
    const slice = (fromMs: number, toMs: number, reason: HarvestSlice["reason"]) => {
      const from = Math.max(startMs, fromMs);
      if (toMs > from) {
        slices.push({ month, from: new Date(from), to: new Date(toMs), reason, settles: closed && toMs === endMs && nowMs >= endMs + req.policy.settleMs });
      }
    };
    if (!state || state.scopeKey !== req.scopeKey || state.completeTo === null) {
      slice(startMs, capMs, "new");
      continue;
    }
    if (state.settled) continue;
    const completeToMs = Date.parse(state.completeTo);
    // Papers are listed when announced, a few working days after submission: every ask
    // reaches back SYNC_SETTLE_DAYS behind what was complete.
    const overlapFrom = completeToMs - req.policy.settleMs;
    const stale = req.now.getTime() - Date.parse(state.harvestedAt) >= req.policy.maxAgeMs;
    if (completeToMs < capMs) {
      // A closed month not listed to its end is caught up now; the running month once a day.
      if (closed || stale) slice(overlapFrom, capMs, closed ? "catch-up" : "refresh");
      continue;
    }
    if (closed && nowMs >= endMs + req.policy.settleMs) slice(endMs - req.policy.settleMs, endMs, "settle");
    else if (stale) slice(endMs - req.policy.settleMs, endMs, "refresh");
  }
  return slices;
}

/** `submittedDate` bounds (GMT minutes, both inclusive) of a slice [from, to). */
export function sliceDateRange(slice: { from: Date; to: Date }): { from: string; to: string } {
  const fmt = (ms: number) => new Date(ms).toISOString().replace(/[-T:]/g, "").slice(0, 12);
  return { from: fmt(slice.from.getTime()), to: fmt(slice.to.getTime() - MINUTE) };
}

/** The two halves of a slice too large for one listing (arXiv serves at most 30,000 a query). */
export function splitSlice(slice: HarvestSlice): [HarvestSlice, HarvestSlice] | null {
  const mid = floorToMinute((slice.from.getTime() + slice.to.getTime()) / 2);
  if (mid <= slice.from.getTime() || mid >= slice.to.getTime()) return null;
  return [
    { ...slice, to: new Date(mid), settles: false },
    { ...slice, from: new Date(mid) },
  ];
}
