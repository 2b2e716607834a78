// The compare view as written in the URL: ?topics=a,b,c&from=YYYY-MM&to=YYYY-MM&mode=…
// Parsing never throws: every bad value falls back to its default and adds a problem that the
// page shows, so a mistyped link still opens a useful view.
import {
  addMonths,
  isMonthKey,
  lastFullMonth,
  monthsBetween,
  type MonthKey,
} from "@/lib/calendar/months";
import { MAX_MONTH_SPAN } from "@/lib/calendar/month-span";

export const COMPARE_MODES = ["count", "indexed", "share"] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export const DEFAULT_COMPARE_TOPICS = ["language-model", "vision-model", "multi-modal-model"] as const;
export const DEFAULT_COMPARE_MONTHS = 36;

export interface CompareView {
  topics: string[];
  from: MonthKey;
  /** Never after the last full month: compare charts leave the running month out. */
  to: MonthKey;
  mode: CompareMode;
}

type Params = Record<string, string | string[] | undefined>;
const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** The last `months` full months at `now`. */
export function lastMonths(months: number, now: Date): { from: MonthKey; to: MonthKey } {
  const to = lastFullMonth(now);
  return { from: addMonths(to, -(months - 1)), to };
}

function parseTopics(raw: string | undefined, known: readonly string[], problems: string[]): string[] {
  const fallback = DEFAULT_COMPARE_TOPICS.filter((s) => known.includes(s));
  if (raw === undefined) return fallback;
  const asked = [...new Set(raw.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const unknown = asked.filter((s) => !known.includes(s));
  if (unknown.length) problems.push(`Unknown ${unknown.length === 1 ? "topic" : "topics"} ignored: ${unknown.map((s) => `“${s.slice(0, 40)}”`).join(", ")}.`);
  const topics = known.filter((s) => asked.includes(s));
  if (topics.length === 0) {
    problems.push("No known topic was chosen; showing the default topics.");
    return fallback;
  }
  return topics;
}

function parseMode(raw: string | undefined, problems: string[]): CompareMode {
  if (raw === undefined) return "count";
  const mode = COMPARE_MODES.find((m) => m === raw);
  if (mode) return mode;
  problems.push(`mode=${raw.slice(0, 20)} is not one of ${COMPARE_MODES.join(", ")}; showing counts.`);
  return "count";
}

function parseSpan(rawFrom: string | undefined, rawTo: string | undefined, now: Date, problems: string[]) {
  const fallback = lastMonths(DEFAULT_COMPARE_MONTHS, now);
  if (rawFrom === undefined && rawTo === undefined) return fallback;
  const bad = [rawFrom, rawTo].filter((v): v is string => v !== undefined && !isMonthKey(v));
  if (bad.length) {
    problems.push(`${bad.map((v) => `“${v.slice(0, 20)}”`).join(" and ")} ${bad.length === 1 ? "is not a month" : "are not months"} written YYYY-MM; showing the last ${DEFAULT_COMPARE_MONTHS} months.`);
    return fallback;
  }
  const last = lastFullMonth(now);
  let to = (rawTo ?? last) as MonthKey;
  if (monthsBetween(to, last) < 0) to = last; // the running month and later have no full count
  const from = (rawFrom ?? addMonths(to, -(DEFAULT_COMPARE_MONTHS - 1))) as MonthKey;
  if (monthsBetween(from, to) < 0) {
    problems.push(`from (${from}) is after to (${to}); showing the last ${DEFAULT_COMPARE_MONTHS} months.`);
    return fallback;
  }
  if (monthsBetween(from, to) >= MAX_MONTH_SPAN) {
    problems.push(`A range can cover at most ${MAX_MONTH_SPAN} months; showing the last ${DEFAULT_COMPARE_MONTHS}.`);
    return fallback;
  }
  return { from, to };
}

export function parseCompareParams(
  params: Params,
  knownSlugs: readonly string[],
  now: Date,
): { view: CompareView; problems: string[] } {
  const problems: string[] = [];
  const topics = parseTopics(single(params.topics), knownSlugs, problems);
  const { from, to } = parseSpan(single(params.from), single(params.to), now, problems);
  const mode = parseMode(single(params.mode), problems);
  return { view: { topics, from, to, mode }, problems };
}

/** The canonical URL of a view: every parameter written out, so the link is exact. */
export function compareHref(view: CompareView): string {
  const q = new URLSearchParams({ topics: view.topics.join(","), from: view.from, to: view.to, mode: view.mode });
  return `/compare?${q.toString().replace(/%2C/g, ",")}`;
}
