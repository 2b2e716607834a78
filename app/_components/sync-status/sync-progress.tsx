import type { SyncRunReport } from "@/lib/queries/sync-status";
import { formatDuration } from "../format";
import styles from "./sync-status.module.css";

export function SyncProgress({ run }: { run: SyncRunReport }) {
  const finished = run.done + run.failed;
  const label =
    run.total === 0 ? "Planning the sync…" : `Syncing ${finished} of ${run.total} requests`;
  return (
    <div className={styles.progress} data-testid="sync-progress" data-done={run.done} data-failed={run.failed} data-total={run.total}>
      <span className={styles.progressLabel}>
        <span className={styles.spinner} aria-hidden="true" />
        {label}
        {run.failed > 0 ? <span className={styles.failedCount}> ({run.failed} failed)</span> : null}
        {run.etaMs !== null && finished < run.total ? <span> · about {formatDuration(run.etaMs)} left</span> : null}
      </span>
      <progress
        className={styles.progressBar}
        max={Math.max(run.total, 1)}
        value={finished}
        aria-label="Sync progress"
      />
      {run.currentTask ? (
        <span className={styles.currentTask} title={run.currentTask}>
          {run.currentTask}
        </span>
      ) : null}
    </div>
  );
}
