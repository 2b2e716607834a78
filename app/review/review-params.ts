// The /review view as written in its URL: ?from=YYYY-MM-DD&to=YYYY-MM-DD&topics=a,b&group=date.
// Absent values are the API's defaults, so a bare /review is "since the last saved review, all
// live topics". Shared by the server prefetch and the browser, which must ask for the same key.
import { DAY_MS, gmtDayStart, MAX_REVIEW_DAYS } from "@/lib/reviews/period";
import type { MarkFilter, PagedReviewRequest, ReviewGroupingChoice } from "@/lib/queries/reviews";

const MARK_FILTERS: readonly MarkFilter[] = ["all", "unmarked", "marked", "read", "shortlisted", "dismissed"];

type Params = Record<string, string | string[] | undefined>;
const single = (v: string | string[] | undefined): string | undefined => {
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
};

export function parseReviewParams(params: Params): PagedReviewRequest {
  const topics = single(params.topics)
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const group: ReviewGroupingChoice = single(params.group) === "date" ? "date" : "topic";
  const mark = single(params.mark) as MarkFilter | undefined;
  return {
    from: single(params.from),
    to: single(params.to),
    topics: topics?.length ? topics : undefined,
    group,
    // Filters and order: the server checks them; unknown values are left out here.
    topic: single(params.topic),
    category: single(params.category),
    mark: mark && MARK_FILTERS.includes(mark) && mark !== "all" ? mark : undefined,
    q: single(params.q),
    multi: single(params.multi) === "1" || undefined,
    rank: single(params.rank) === "team" ? "team" : undefined,
  };
}

/** The canonical URL of a request: defaults left out, so the plain link stays plain. */
export function reviewHref(r: PagedReviewRequest): string {
  const q = new URLSearchParams();
  if (r.from) q.set("from", r.from);
  if (r.to) q.set("to", r.to);
  if (r.topics?.length) q.set("topics", r.topics.join(","));
  if (r.group !== "topic") q.set("group", r.group);
  if (r.topic) q.set("topic", r.topic);
  if (r.category) q.set("category", r.category);
  if (r.mark && r.mark !== "all") q.set("mark", r.mark);
  if (r.q?.trim()) q.set("q", r.q.trim());
  if (r.multi) q.set("multi", "1");
  if (r.rank) q.set("rank", r.rank);
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `/review?${s}` : "/review";
}

const day = (s: string): number | null => gmtDayStart(s)?.getTime() ?? null;

/**
 * Why a period typed in the form cannot be asked for, or null. The same rules as the server
 * (lib/reviews/period.ts): real days, from before the end of `to` (a whole day), at most 366 days.
 */
export function periodProblem(from: string, to: string): string | null {
  const f = from ? day(from) : null;
  const t = to ? day(to) : null;
  if (from && f === null) return `“${from}” is not a date written YYYY-MM-DD.`;
  if (to && t === null) return `“${to}” is not a date written YYYY-MM-DD.`;
  if (f !== null && t !== null) {
    if (f > t) return "The period must start before it ends: “from” is after “to”.";
    if (t + DAY_MS - f > MAX_REVIEW_DAYS * DAY_MS) return `A review covers at most ${MAX_REVIEW_DAYS} days.`;
  }
  return null;
}

/** "YYYY-MM-DD" of `now` minus `days` (GMT), for the period presets. */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}
