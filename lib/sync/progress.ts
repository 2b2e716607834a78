// Sync progress as people read it: done/total, failures, and an ETA from the pacing.

export interface SyncProgress {
  total: number;
  done: number;
  failed: number;
  /** Remaining time, estimated from the request interval and the pace seen so far. */
  etaMs: number | null;
  currentTask: string | null;
}

/**
 * The queue never starts requests closer than `minIntervalMs`, so that is the floor of the
 * time per task; once some tasks are done, the observed pace (retries, slow answers) wins
 * when it is slower.
 */
export function estimateRemainingMs(
  remaining: number,
  minIntervalMs: number,
  elapsedMs: number,
  finished: number,
): number {
  const observed = finished > 0 ? elapsedMs / finished : 0;
  return Math.round(remaining * Math.max(minIntervalMs, observed));
}

/**
 * What the terminal bar and the page both show: requests finished (failed ones count, they are
 * not retried in this run), that share of the plan, and the ETA only while something is left.
 */
export function progressFigures(p: Pick<SyncProgress, "total" | "done" | "failed" | "etaMs">): {
  finished: number;
  ratio: number;
  etaMs: number | null;
} {
  const finished = p.done + p.failed;
  return {
    finished,
    ratio: p.total === 0 ? 1 : Math.min(1, finished / p.total),
    etaMs: p.etaMs !== null && finished < p.total ? p.etaMs : null,
  };
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/** One line of terminal progress: `[#####-----] 12/48 (1 failed) ETA 1m48s  data 2026-10`. */
export function renderProgressBar(p: SyncProgress, width = 24): string {
  const { finished, ratio, etaMs } = progressFigures(p);
  const filled = Math.round(ratio * width);
  const bar = "#".repeat(filled) + "-".repeat(width - filled);
  const failed = p.failed ? ` (${p.failed} failed)` : "";
  const eta = etaMs !== null ? ` ETA ${formatDuration(etaMs)}` : "";
  const task = p.currentTask ? `  ${p.currentTask}` : "";
  return `[${bar}] ${finished}/${p.total}${failed}${eta}${task}`;
}
