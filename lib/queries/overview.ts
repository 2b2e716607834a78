// Cache contract of the overview: every roadmap topic's recent monthly counts in one response,
// so "/" is a single request. Shared by the server prefetch and the browser.
import { queryOptions } from "@tanstack/react-query";
import { addMonths, currentMonth, type MonthKey } from "../calendar/months";
import type { RoadmapPart } from "../topics/catalog";
import type { CountPoint } from "../topics/series";
import { fetchJson } from "./fetch-json";

/** Full months the overview carries: enough for YoY, the 12+3-month momentum and its change. */
export const OVERVIEW_FULL_MONTHS = 36;

/** The roadmap's four parts, and "custom" for topics people added. */
export type OverviewPart = RoadmapPart | "custom";

export interface OverviewTopic {
  slug: string;
  name: string;
  part: OverviewPart;
  description: string;
  queryVersion: number | null;
  /** From `Overview.from` to `Overview.to`, the running month last; unknown months are null. */
  months: CountPoint[];
}

export interface Overview {
  /** The server's clock when it read the store: every "last full month" is computed from it. */
  asOf: string;
  from: MonthKey;
  to: MonthKey;
  /** The roadmap's parts, then "custom" when there are custom topics. */
  parts: { id: OverviewPart; name: string }[];
  topics: OverviewTopic[];
}

/** The months the overview covers at `now`: the full months plus the running one. */
export function overviewWindow(now: Date): { from: MonthKey; to: MonthKey } {
  const to = currentMonth(now);
  return { from: addMonths(to, -OVERVIEW_FULL_MONTHS), to };
}

export const overviewKey = ["overview"] as const;

export function overviewQueryOptions() {
  return queryOptions({
    queryKey: overviewKey,
    queryFn: () => fetchJson<Overview>("/api/overview"),
  });
}
