// The log of sync runs: progress that the web app reads while a sync writes, failures with
// their reasons, and the single-runner lock (one sync at a time per store).
import "server-only";
import os from "node:os";
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
  /** The host of the process that runs it (runs recorded before this was kept have none). */
  owner?: { host: string };
}

export interface SyncFailure {
  slug: string;
  task: string;
  kind: string;
  message: string;
  at: string;
}

interface RunRow {
  options_json?: string;
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
  owner: ownerOf(r),
});

function ownerOf(r: RunRow): { host: string } | undefined {
  const host = ownerHost(r);
  return host === null ? undefined : { host };
}

/**
 * A running run beats its heart this often (a timer in its own process, independent of how long
 * an arXiv request or its retries take), and on every progress update.
 */
export const HEARTBEAT_INTERVAL_MS = 15_000;

/**
 * A running run whose heartbeat is older than this is taken to be dead even if its pid is
 * alive (the pid may have been reused, or the process hangs): eight missed beats.
 */
export const STALE_HEARTBEAT_MS = 8 * HEARTBEAT_INTERVAL_MS;

/** Runs this process is executing now: a pid match alone cannot tell them from a dead run's. */
const activeHere = new Set<number>();
const heartbeats = new Map<number, NodeJS.Timeout>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerHost(r: RunRow): string | null {
  try {
    const host = (JSON.parse(r.options_json ?? "{}") as { owner?: { host?: unknown } }).owner?.host;
    return typeof host === "string" ? host : null;
  } catch {
    return null;
  }
}

/** Why a run recorded as running is not running any more; null while its owner is alive. */
export type SyncRunDeath = "owner-gone" | "silent";

/**
 * A run's owner is gone when its process no longer exists on this host (kill -9 of the server or
 * of a CLI sync), and silent when its heartbeat is older than STALE_HEARTBEAT_MS (a hung
 * process, a reused pid, or an owner on another host that cannot be asked).
 */
function runDeath(r: SyncRun, now: Date): SyncRunDeath | null {
  if (r.status !== "running") return null;
  if (now.getTime() - Date.parse(r.heartbeatAt) > STALE_HEARTBEAT_MS) return "silent";
  if (r.owner && r.owner.host !== os.hostname()) return null; // only the heartbeat can tell
  const alive = r.pid === process.pid ? activeHere.has(r.id) : processAlive(r.pid);
  return alive ? null : "owner-gone";
}

/**
 * The run as it really stands: a run left "running" by a dead or silent owner is reported as
 * interrupted (finished at its last heartbeat), without writing; the next sync records it so.
 */
export function syncRunAsOf(run: SyncRun, now = new Date()): SyncRun & { death?: SyncRunDeath } {
  const death = runDeath(run, now);
  if (death === null) return run;
  return { ...run, status: "interrupted", finishedAt: run.heartbeatAt, etaMs: null, currentTask: null, death };
}

/** Records that a run is alive; the runner may call it whenever it is busy for long. */
export function heartbeatSyncRun(db: Db, runId: number, now = new Date()): void {
  db.prepare("UPDATE sync_runs SET heartbeat_at = ? WHERE id = ? AND status = 'running'").run(now.toISOString(), runId);
}

function startHeartbeat(db: Db, runId: number): void {
  const timer = setInterval(() => {
    try {
      heartbeatSyncRun(db, runId);
    } catch {
      stopHeartbeat(runId); // the store was closed under us: nothing left to keep alive
    }
  }, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  heartbeats.set(runId, timer);
}

function stopHeartbeat(runId: number): void {
  clearInterval(heartbeats.get(runId));
  heartbeats.delete(runId);
}

export class SyncAlreadyRunningError extends Error {
  constructor(readonly run: SyncRun) {
    super(`a sync is already running (run ${run.id}, pid ${run.pid}, ${run.done}/${run.total})`);
    this.name = "SyncAlreadyRunningError";
  }
}

/**
 * Starts a run, or refuses when another live one holds the store. Runs left "running" by a
 * killed or silent process are marked interrupted first, so the log stays truthful.
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
        if (runDeath(toRun(r), now) === null) throw new SyncAlreadyRunningError(toRun(r));
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
        .run(at, at, trigger, process.pid, JSON.stringify({ ...(options ?? {}), owner: { host: os.hostname(), pid: process.pid } }));
      const id = Number(info.lastInsertRowid);
      activeHere.add(id);
      startHeartbeat(db, id);
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
  stopHeartbeat(runId);
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
