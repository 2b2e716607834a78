import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Suspense } from "react";
import { addMonths, currentMonth, type MonthKey } from "@/lib/calendar/months";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { indexStatusQueryOptions } from "@/lib/queries/index-status";
import { loadScope } from "@/lib/index/scope";
import { readIndexStatus } from "@/lib/sync/index-status";
import { getDb } from "@/lib/store/server";
import { requestNow } from "@/app/_server/request-clock";
import { IndexMonths } from "./index-months";
import { AuditSection } from "./audit-section";
import { auditQueryOptions } from "@/lib/queries/audit";
import { readAudit } from "@/lib/audit/read";
import { loadTolerance } from "@/lib/audit/agreement";
import styles from "./data-health.module.css";

// Reads the live store on every request.
export const dynamic = "force-dynamic";

export const metadata = { title: "Index health" };

/** The months shown: the running one and the 36 before it, like the charts' default. */
const SHOWN_MONTHS = 37;

async function MonthsSection({ from, to, now }: { from: MonthKey; to: MonthKey; now: Date }) {
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.fetchQuery({ ...indexStatusQueryOptions(from, to), queryFn: () => readIndexStatus(getDb(), loadScope(), from, to, now) }),
    queryClient.fetchQuery({ ...auditQueryOptions(), queryFn: () => readAudit(getDb(), loadTolerance()) }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <IndexMonths from={from} to={to} asOf={now.toISOString()} />
    </HydrationBoundary>
  );
}

async function AuditPart() {
  const queryClient = getQueryClient();
  await queryClient.fetchQuery({ ...auditQueryOptions(), queryFn: () => readAudit(getDb(), loadTolerance()) });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AuditSection />
    </HydrationBoundary>
  );
}

export default function DataHealthPage() {
  const now = requestNow();
  const to = currentMonth(now);
  const from = addMonths(to, -(SHOWN_MONTHS - 1));
  return (
    <>
      <h1>Index health</h1>
      <p className="lede">
        Every count on this site is computed from a local index of arXiv papers, harvested month by month for a fixed
        scope of categories. This page says, per month, how many papers the index holds and whether arXiv’s listing of
        the month was stored completely. A month that is partial or not harvested gives counts that are too low or
        unknown.
      </p>
      <Suspense fallback={<div className={`skeleton ${styles.skeleton}`} aria-busy="true" aria-label="Loading the index" />}>
        <MonthsSection from={from} to={to} now={now} />
      </Suspense>
      <Suspense fallback={<div className={`skeleton ${styles.skeleton}`} aria-busy="true" aria-label="Loading the audit" />}>
        <AuditPart />
      </Suspense>
    </>
  );
}
