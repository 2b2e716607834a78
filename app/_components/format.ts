// Text for numbers, months and times. Fixed locale and UTC everywhere, so the server and the
// browser render the same characters (no hydration mismatch, no surprise in a screenshot).
import type { MonthKey } from "@/lib/calendar/months";

const countFormat = new Intl.NumberFormat("en-US");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatCount(n: number): string {
  return countFormat.format(Math.round(n));
}

/** 0.234 -> "+23%", -0.05 -> "−5%", using a true minus sign. */
export function formatChange(ratio: number): string {
  const pct = Math.round(ratio * 100);
  if (pct === 0) return "±0%";
  return pct > 0 ? `+${pct}%` : `−${Math.abs(pct)}%`;
}

/** 1.5312 -> "1.53×" */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** 0.0432 -> "4.32%" */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(share < 0.001 ? 3 : 2)}%`;
}

/** Ratio points: +0.05 -> "+0.05", -0.1 -> "−0.10" */
export function formatPoints(delta: number): string {
  const s = Math.abs(delta).toFixed(2);
  if (s === "0.00") return "±0.00";
  return delta > 0 ? `+${s}` : `−${s}`;
}

/** "2026-10" -> "Oct 2026" */
export function formatMonth(month: MonthKey | string): string {
  const m = Number(month.slice(5, 7));
  return `${MONTHS[m - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** "2026-10" -> "Oct ’26", for tight chart axes. */
export function formatMonthShort(month: MonthKey | string): string {
  const m = Number(month.slice(5, 7));
  return `${MONTHS[m - 1] ?? month.slice(5, 7)} ’${month.slice(2, 4)}`;
}

/** "2026-11-27T09:14:03Z" -> "2026-11-27 09:14 UTC" */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** "2026-11-27T09:14:03Z" -> "2026-11-27" */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

/** "3 h ago", "in 5 min"; coarse on purpose, it is read at a glance. */
export function formatRelative(iso: string, nowMs: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const diff = nowMs - t;
  // The clock that renders ticks every 30 s and the server's may differ a little: a time
  // just ahead of "now" is a fresh one, not a future one.
  if (diff < 0 && diff > -5 * 60_000) return "just now";
  const future = diff < 0;
  const s = Math.abs(diff) / 1000;
  let text: string;
  if (s < 45) return "just now";
  else if (s < 3600) text = `${Math.max(1, Math.round(s / 60))} min`;
  else if (s < 86_400) text = `${Math.round(s / 3600)} h`;
  else if (s < 86_400 * 45) text = `${Math.round(s / 86_400)} days`;
  else text = `${Math.round(s / (86_400 * 30.44))} months`;
  if (text === "1 days") text = "1 day";
  if (text === "1 months") text = "1 month";
  return future ? `in ${text}` : `${text} ago`;
}
