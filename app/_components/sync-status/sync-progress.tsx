import type { SyncRunReport } from "@/lib/queries/sync-status";
import { formatDuration, progressFigures } from "@/lib/sync/progress";
import styles from "./sync-status.module.css";

export function SyncProgress({ run }: { run: SyncRunReport }) {
  const { finished, etaMs } = progressFigures(run);
  const label =
    run.total === 0 ? "Planning the sync…" : `Syncing ${finished} of ${run.total} requests`;
  return (
    <div className={styles.progress} data-testid="sync-progress" data-done={run.done} data-failed={run.failed} data-total={run.total}>
      <span className={styles.progressLabel}>
        <span className={styles.spinner} aria-hidden="true" />
        {label}
        {run.failed > 0 ? <span className={styles.failedCount}> ({run.failed} failed)</span> : null}
        {etaMs !== null ? <span> · about {formatDuration(etaMs)} left</span> : null}
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
