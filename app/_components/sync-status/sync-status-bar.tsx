"use client";
// Shown on every page: how fresh the data are, whether a sync runs (with progress), what failed,
// and a loud badge whenever the numbers come from a simulated arXiv.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { syncStatusQueryOptions, type SyncStatus } from "@/lib/queries/sync-status";
import { RelativeTime } from "../relative-time";
import { formatUtc } from "../format";
import { RefreshButton } from "./refresh-button";
import { SyncFailures } from "./sync-failures";
import { SyncProgress } from "./sync-progress";
import { useRefreshAfterSync } from "./use-refresh-after-sync";
import styles from "./sync-status.module.css";

const DEATH: Record<string, string> = {
  "owner-gone": "its process ended without finishing",
  silent: "it stopped reporting progress",
};

const OUTCOME: Record<string, string> = {
  succeeded: "succeeded",
  failed: "finished with failures",
  interrupted: "was interrupted",
};

function LastRun({ status }: { status: SyncStatus }) {
  const run = status.run;
  if (!run || run.status === "running") return null;
  const at = run.finishedAt ?? run.startedAt;
  return (
    <span data-testid="last-sync" data-status={run.status}>
      Last sync {OUTCOME[run.status] ?? run.status} <RelativeTime iso={at} />
      {run.death ? ` (${DEATH[run.death]}; the next sync carries on where it stopped)` : null}
    </span>
  );
}

function Schedule({ schedule }: { schedule: SyncStatus["schedule"] }) {
  if (!schedule.enabled || !schedule.nextRunAt) return null;
  return <span title={formatUtc(schedule.nextRunAt)}>Next sync <RelativeTime iso={schedule.nextRunAt} /></span>;
}

export function SyncStatusBar() {
  const { data: status, error, isPending } = useQuery(syncStatusQueryOptions());
  useRefreshAfterSync(status);

  return (
    <section className={styles.bar} aria-label="Data freshness and sync" data-testid="sync-status">
      <div className={styles.inner}>
        {status?.arxiv.simulated ? (
          <p className={styles.simulated} data-testid="simulated-badge" role="note">
            <strong>Simulated arXiv</strong>
            {status.arxiv.simulatorScale ? <span data-testid="simulated-scale"> at {+(status.arxiv.simulatorScale * 100).toPrecision(3)}% of real volume</span> : null} (
            {status.arxiv.apiUrl}) — data are not real
          </p>
        ) : null}
        <div className={styles.row}>
          {isPending ? (
            <span className={`skeleton ${styles.skeletonLine}`} aria-label="Loading sync status" />
          ) : error && !status ? (
            <span className={styles.error} data-testid="sync-status-error">
              Sync status unavailable: {error.message}
            </span>
          ) : status ? (
            <span className={styles.facts}>
              <span data-testid="last-refreshed">
                {status.lastRefreshedAt ? (
                  <>
                    Data refreshed <RelativeTime iso={status.lastRefreshedAt} />
                  </>
                ) : (
                  "No data fetched yet"
                )}
              </span>
              <LastRun status={status} />
              <Schedule schedule={status.schedule} />
              <Link href="/data-health" data-testid="index-link">
                Index health
              </Link>
            </span>
          ) : null}
          <RefreshButton running={status?.running ?? false} />
        </div>
        {status?.running && status.run ? <SyncProgress run={status.run} /> : null}
        {status && !status.running ? <SyncFailures failures={status.failures} /> : null}
      </div>
    </section>
  );
}
