// The query lab's requests (POST /api/topics/{slug}/lab): a draft's months, and a page of the
// papers it gains or loses. Keyed by the draft, so going back to a draft answers from memory.
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { QueryLabAnswer, LabSide } from "../topics/query-lab";
import { fetchJson } from "./fetch-json";
import { writeHeaders } from "./write-token";
import { topicsKey } from "./topic-counts";

export type { LabPaper, LabSide, QueryLabAnswer } from "../topics/query-lab";
export { LAB_PAGE_SIZE } from "../topics/query-diff";

export interface LabRequest {
  query: string;
  month?: MonthKey;
  side?: LabSide;
  offset?: number;
}

export const queryLabKey = (slug: string, req: LabRequest) => [...topicsKey, slug, "lab", req] as const;

export function queryLabQueryOptions(slug: string, req: LabRequest) {
  return queryOptions({
    queryKey: queryLabKey(slug, req),
    queryFn: () =>
      fetchJson<QueryLabAnswer>(`/api/topics/${encodeURIComponent(slug)}/lab`, {
        method: "POST",
        headers: { "content-type": "application/json", ...writeHeaders() },
        body: JSON.stringify(req),
      }),
    retry: false,
  });
}
