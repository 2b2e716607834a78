// The log of sync runs: progress that the web app reads while a sync writes, failures with
// their reasons, and the single-runner lock (one sync at a time per store).
import type { Db } from "./db";

export type SyncRunStatus = "running" | "succeeded" | "failed" | "interrupted";

export interface SyncRun {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  heartbeatAt: string;
  status: SyncRunStatus;
  trigger: string;
  pid: number;
  total: number;
  done: number;
  failed: number;
  etaMs: number | null;
  currentTask: string | null;
}

export interface SyncFailure {
  slug: string;
  task: string;
  kind: string;
  message: string;
  at: string;
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  heartbeat_at: string;
  status: SyncRunStatus;
  trigger: string;
  pid: number;
  total: number;
  done: number;
  failed: number;
  eta_ms: number | null;
  current_task: string | null;
}

const toRun = (r: RunRow): SyncRun => ({
  id: r.id,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  heartbeatAt: r.heartbeat_at,
  status: r.status,
  trigger: r.trigger,
  pid: r.pid,
  total: r.total,
  done: r.done,
  failed: r.failed,
  etaMs: r.eta_ms,
  currentTask: r.current_task,
});

/**
 * A running run whose heartbeat is older than this is taken to be dead even if its pid is
 * alive (the pid may have been reused). Long enough to outlast a request's full retry budget.
 */
export const STALE_HEARTBEAT_MS = 30 * 60_000;

/** Runs this process is executing now: a pid match alone cannot tell them from a dead run's. */
const activeHere = new Set<number>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class SyncAlreadyRunningError extends Error {
  constructor(readonly run: SyncRun) {
    super(`a sync is already running (run ${run.id}, pid ${run.pid}, ${run.done}/${run.total})`);
    this.name = "SyncAlreadyRunningError";
  }
}

/**
 * Starts a run, or refuses when another live one holds the store. Runs left "running" by a
 * killed process are marked interrupted first, so the log stays truthful.
 */
export function beginSyncRun(
  db: Db,
  trigger: string,
  options: unknown,
  now = new Date(),
): SyncRun {
  return db
    .transaction(() => {
      const running = db
        .prepare("SELECT * FROM sync_runs WHERE status = 'running'")
        .all() as RunRow[];
      for (const r of running) {
        const stale = now.getTime() - Date.parse(r.heartbeat_at) > STALE_HEARTBEAT_MS;
        const alive = r.pid === process.pid ? activeHere.has(r.id) : processAlive(r.pid);
        if (alive && !stale) {
          throw new SyncAlreadyRunningError(toRun(r));
        }
        db.prepare(
          "UPDATE sync_runs SET status = 'interrupted', finished_at = ? WHERE id = ?",
        ).run(now.toISOString(), r.id);
      }
      const at = now.toISOString();
      const info = db
        .prepare(
          `INSERT INTO sync_runs (started_at, heartbeat_at, status, trigger, pid, options_json)
           VALUES (?, ?, 'running', ?, ?, ?)`,
        )
        .run(at, at, trigger, process.pid, JSON.stringify(options ?? {}));
      const id = Number(info.lastInsertRowid);
      activeHere.add(id);
      return toRun(db.prepare("SELECT * FROM sync_runs WHERE id = ?").get(id) as RunRow);
    })
    .immediate();
}

export function updateSyncProgress(
  db: Db,
  runId: number,
  p: { total: number; done: number; failed: number; etaMs: number | null; currentTask: string | null },
  now = new Date(),
): void {
  db.prepare(
    `UPDATE sync_runs SET total = ?, done = ?, failed = ?, eta_ms = ?, current_task = ?,
       heartbeat_at = ? WHERE id = ?`,
  ).run(p.total, p.done, p.failed, p.etaMs, p.currentTask, now.toISOString(), runId);
}

export function recordSyncFailure(
  db: Db,
  runId: number,
  f: Omit<SyncFailure, "at">,
  now = new Date(),
): void {
  db.prepare(
    "INSERT INTO sync_failures (run_id, slug, task, kind, message, at) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(runId, f.slug, f.task, f.kind, f.message, now.toISOString());
}

export function finishSyncRun(db: Db, runId: number, status: SyncRunStatus, now = new Date()): void {
  activeHere.delete(runId);
  db.prepare(
    "UPDATE sync_runs SET status = ?, finished_at = ?, heartbeat_at = ?, eta_ms = NULL, current_task = NULL WHERE id = ?",
  ).run(status, now.toISOString(), now.toISOString(), runId);
}

export function latestSyncRun(db: Db): SyncRun | null {
  const r = db.prepare("SELECT * FROM sync_runs ORDER BY id DESC LIMIT 1").get() as
    | RunRow
    | undefined;
  return r ? toRun(r) : null;
}

export function listSyncFailures(db: Db, runId: number, limit = 50): SyncFailure[] {
  return db
    .prepare(
      "SELECT slug, task, kind, message, at FROM sync_failures WHERE run_id = ? ORDER BY id LIMIT ?",
    )
    .all(runId, limit) as SyncFailure[];
}
