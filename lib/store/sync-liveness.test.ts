// A sync killed with kill -9 (server or CLI) must not show as running for ever.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { openDb } from "./db";
import { beginSyncRun, finishSyncRun, heartbeatSyncRun, latestSyncRun, STALE_HEARTBEAT_MS, SyncAlreadyRunningError, updateSyncProgress } from "./sync-runs";
import { readSyncRunState } from "../sync/status";

/** A pid that certainly belonged to a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("a sync whose owner died", () => {
  it("is reported interrupted as soon as its process is gone, and a new sync takes the lock", () => {
    const db = openDb(":memory:");
    const run = beginSyncRun(db, "cli", {});
    updateSyncProgress(db, run.id, { total: 100, done: 40, failed: 0, etaMs: 7000, currentTask: "data 2025-01" });
    expect(readSyncRunState(db).running).toBe(true);
    // What kill -9 of the CLI leaves behind: a row saying "running" with a pid that is gone.
    db.prepare("UPDATE sync_runs SET pid = ? WHERE id = ?").run(deadPid(), run.id);
    const status = readSyncRunState(db);
    expect(status.running).toBe(false);
    expect(status.run).toMatchObject({ id: run.id, status: "interrupted", death: "owner-gone", etaMs: null });
    const next = beginSyncRun(db, "web", {});
    expect(next.id).toBeGreaterThan(run.id);
    expect(db.prepare("SELECT status FROM sync_runs WHERE id = ?").pluck().get(run.id)).toBe("interrupted");
    finishSyncRun(db, next.id, "succeeded");
  });

  it("is reported interrupted when its heartbeat falls silent, even with its pid alive", () => {
    const db = openDb(":memory:");
    const t0 = new Date("2026-01-01T00:00:00Z");
    const run = beginSyncRun(db, "web", {}, t0);
    const soon = new Date(t0.getTime() + STALE_HEARTBEAT_MS / 2);
    expect(readSyncRunState(db, soon).running).toBe(true);
    expect(() => beginSyncRun(db, "cli", {}, soon)).toThrow(SyncAlreadyRunningError);
    heartbeatSyncRun(db, run.id, soon);
    const later = new Date(soon.getTime() + STALE_HEARTBEAT_MS + 1);
    expect(readSyncRunState(db, new Date(soon.getTime() + STALE_HEARTBEAT_MS - 1)).running).toBe(true);
    expect(readSyncRunState(db, later)).toMatchObject({ running: false, run: { status: "interrupted", death: "silent" } });
    expect(beginSyncRun(db, "cli", {}, later).id).toBeGreaterThan(run.id);
    finishSyncRun(db, run.id, "interrupted");
  });

  it("keeps a finished run as it ended", () => {
    const db = openDb(":memory:");
    const run = beginSyncRun(db, "web", {});
    finishSyncRun(db, run.id, "succeeded");
    expect(readSyncRunState(db, new Date(Date.now() + 10 * STALE_HEARTBEAT_MS)).run).toMatchObject({ status: "succeeded" });
    expect(latestSyncRun(db)?.owner?.host).toBeTruthy();
  });
});
