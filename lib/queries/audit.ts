// Cache contract of GET /api/audit: arXiv's totals beside the index's counts (the data-health page).
import { queryOptions } from "@tanstack/react-query";
import type { AuditReport } from "../audit/read";
import { fetchJson } from "./fetch-json";
import { indexKey } from "./index-status";

export type { AuditCell, AuditReport } from "../audit/read";

/** Under the index key: a finished sync (which changes local counts) refreshes it too. */
export const auditKey = [...indexKey, "audit"] as const;

export function auditQueryOptions() {
  return queryOptions({
    queryKey: auditKey,
    queryFn: () => fetchJson<AuditReport>("/api/audit", { cache: "no-store" }),
  });
}
