// Cache contract of the overview: every roadmap topic's recent monthly counts in one response,
// so "/" is a single request. Shared by the server prefetch and the browser.
import { queryOptions } from "@tanstack/react-query";
import type { Overview } from "../topics/overview";
import { fetchJson } from "./fetch-json";

export type { Overview, OverviewPart, OverviewTopic } from "../topics/overview";

export const overviewKey = ["overview"] as const;

export function overviewQueryOptions() {
  return queryOptions({
    queryKey: overviewKey,
    queryFn: () => fetchJson<Overview>("/api/overview"),
  });
}
