// A store filled from a snapshot syncs only what the snapshot lacks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../store";
import type { MonthKey } from "../calendar/months";
import { loadArxivConfig } from "../arxiv/config";
import { startSimulator, type RunningSimulator } from "../simulator/server";
import { createSyncSource } from "../sync/source";
import { runSync } from "../sync/run";
import { loadScope } from "../index/scope";
import { exportSnapshot, importSnapshot } from "./snapshot";

const NOW = new Date("2026-11-20T00:00:00Z");
const scope = loadScope();
const policy = { maxAgeMs: 86_400_000, settleMs: 7 * 86_400_000 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-sync-"));
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ now: NOW, scale: 0.01, faults: {}, enforceIntervalMs: 0 });
});
afterAll(async () => {
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function sync(db: Db, from: string, to: string) {
  const config = loadArxivConfig({ ARXIV_API_URL: `${sim.url}/api/query`, ARXIV_MIN_INTERVAL_MS: "0", ARXIV_RETRY_BASE_MS: "5" });
  sim.clearLog();
  const r = await runSync({ topics: [], from: from as MonthKey, to: to as MonthKey, trigger: "test" }, { db, source: createSyncSource(db, config), scope, policy, minIntervalMs: 0, now: () => NOW });
  expect(r.failures).toEqual([]);
  return sim.log().map((e) => e.query.search_query ?? "");
}

describe("snapshot then sync", () => {
  it("asks arXiv nothing for the months the snapshot holds, and only the rest", async () => {
    const a = openDb(":memory:");
    expect((await sync(a, "2026-08", "2026-09")).length).toBeGreaterThan(0);
    const file = path.join(dir, "a.snap.gz");
    await exportSnapshot(a, file, NOW);
    const b = openDb(":memory:");
    await importSnapshot(b, file, scope);
    expect(await sync(b, "2026-08", "2026-09")).toEqual([]);
    const asked = await sync(b, "2026-08", "2026-10");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.includes("submittedDate:[202610"))).toBe(true);
    expect(b.prepare("SELECT COUNT(*) FROM papers").pluck().get()).toBe(
      (a.prepare("SELECT COUNT(*) FROM papers").pluck().get() as number) + (b.prepare("SELECT COUNT(*) FROM papers WHERE month = '2026-10'").pluck().get() as number),
    );
  });
});
