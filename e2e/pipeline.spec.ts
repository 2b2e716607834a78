// The arXiv pipeline end to end: simulator with faults -> sync CLI -> SQLite store -> JSON API.
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { startSimulator, type RunningSimulator } from "../lib/simulator/server";
import { simulatedTotal } from "../lib/simulator/model";
import { openDb } from "../lib/store";
import { monthRange, submittedDateRange, parseMonthKey } from "../lib/calendar/months";
import { findTopic } from "../lib/topics/catalog";
import { E2E_DIR, E2E_PORT, NEXT_BIN } from "./env";
import { runSyncProcess, spawnSync } from "./sync-process";

const SIM_NOW = "2026-11-15T12:00:00Z";
const TOPICS = ["data", "dialogue", "governance"];
const FROM = parseMonthKey("2026-03");
const TO = parseMonthKey("2026-08");
const INTERVAL_MS = 100;
const SYNC_ARGS = ["--topics", TOPICS.join(","), "--from", FROM, "--to", TO, "--papers", "20"];

function freshDb(name: string): string {
  fs.mkdirSync(E2E_DIR, { recursive: true });
  const file = path.join(E2E_DIR, name);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return file;
}

function queryRequests(sim: RunningSimulator) {
  return sim.log().filter((e) => e.path === "/api/query");
}

/** The store's content without fetch times, for comparing two stores. */
function storeContent(file: string) {
  const db = openDb(file);
  const content = {
    versions: db.prepare("SELECT slug, version, query FROM topic_query_versions ORDER BY slug, version").all(),
    counts: db.prepare("SELECT slug, query_version, month, count FROM monthly_counts ORDER BY 1, 2, 3").all(),
    papers: db
      .prepare(
        `SELECT id, version, title, authors_json, summary, published, updated, primary_category, categories_json,
                abs_url, pdf_url, doi, journal_ref, comment FROM papers ORDER BY id`,
      )
      .all(),
    members: db.prepare("SELECT slug, query_version, paper_id FROM topic_papers ORDER BY 1, 2, 3").all(),
  };
  db.close();
  return content;
}

test.describe("arXiv pipeline", () => {
  let sim: RunningSimulator;
  test.beforeAll(async () => {
    sim = await startSimulator({ port: 0, now: SIM_NOW, logRequests: false });
  });
  test.afterAll(async () => {
    await sim.close();
  });
  test.beforeEach(() => {
    sim.faults.clear();
    sim.clearLog();
  });

  test("syncs through faults to the simulator's truth, paced, and a second sync asks nothing", async ({ request }) => {
    const db = freshDb("pipeline.db");
    // A hang, a rate limit and a truncated body first, then a fault on a quarter of requests.
    sim.faults.set({ script: ["hang", "429", "truncated", "ok", "503", "empty-page"], rate: 0.25, seed: 11 });
    const requestLog = path.join(E2E_DIR, "pipeline-requests.jsonl");
    fs.rmSync(requestLog, { force: true });
    const first = await runSyncProcess({
      db,
      apiUrl: `${sim.url}/api/query`,
      args: SYNC_ARGS,
      env: { ARXIV_REQUEST_LOG: requestLog },
    });
    expect(first.code, first.stderr).toBe(0);

    const log = queryRequests(sim);
    const faulted = log.filter((e) => e.fault !== null);
    expect(faulted.length).toBeGreaterThanOrEqual(6);
    // The client's own record of when each attempt started (retries included): never two
    // closer than the interval. It is the same set of requests the simulator saw.
    const attempts = fs
      .readFileSync(requestLog, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { startedAt: number });
    expect(attempts).toHaveLength(log.length);
    const starts = attempts.map((a) => a.startedAt).sort((a, b) => a - b);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(INTERVAL_MS);

    // Every count equals the simulator's truth.
    const store = openDb(db);
    for (const slug of TOPICS) {
      const topic = findTopic(slug)!;
      for (const month of monthRange(FROM, TO)) {
        const row = store
          .prepare("SELECT count FROM monthly_counts WHERE slug = ? AND query_version = 1 AND month = ?")
          .get(slug, month) as { count: number } | undefined;
        const truth = simulatedTotal(topic.query, submittedDateRange(month), { now: new Date(SIM_NOW) });
        expect(row?.count, `${slug} ${month}`).toBe(truth);
      }
      const papers = store.prepare("SELECT COUNT(*) FROM topic_papers WHERE slug = ?").pluck().get(slug);
      expect(papers).toBe(20);
    }
    store.close();

    // Second sync: closed months are settled and the paper lists fresh, so nothing is asked.
    sim.faults.clear();
    sim.clearLog();
    const second = await runSyncProcess({ db, apiUrl: `${sim.url}/api/query`, args: SYNC_ARGS });
    expect(second.code, second.stderr).toBe(0);
    expect(queryRequests(sim)).toHaveLength(0);

    // The JSON API serves the synced counts (a second server on this store).
    const port = E2E_PORT + 1;
    const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, RADAR_DB: db, RADAR_SCHEDULE: "off", ARXIV_API_URL: `${sim.url}/api/query` },
      stdio: "ignore",
    });
    try {
      await expect
        .poll(async () => (await request.get(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status(), {
          timeout: 30_000,
        })
        .toBe(200);
      const res = await request.get(`http://127.0.0.1:${port}/api/topics/dialogue/counts?from=${FROM}&to=${TO}`);
      expect(res.status()).toBe(200);
      const body = (await res.json()) as { slug: string; months: { month: string; count: number | null }[] };
      expect(body.slug).toBe("dialogue");
      const topic = findTopic("dialogue")!;
      expect(body.months.map((m) => m.count)).toEqual(
        monthRange(FROM, TO).map((m) => simulatedTotal(topic.query, submittedDateRange(m), { now: new Date(SIM_NOW) })),
      );
    } finally {
      server.kill("SIGTERM");
    }
  });

  test("an error feed fails the sync with arXiv's message and keeps what was cached", async () => {
    const db = freshDb("errorfeed.db");
    const ok = await runSyncProcess({ db, apiUrl: `${sim.url}/api/query`, args: ["--topics", "dialogue", "--from", FROM, "--to", FROM, "--papers", "0"] });
    expect(ok.code, ok.stderr).toBe(0);
    const before = storeContent(db);
    expect(before.counts).toHaveLength(1);

    // Ask for one more month; arXiv answers its error feed, permanently.
    sim.clearLog();
    sim.faults.set({ script: ["error-feed"] });
    const failed = await runSyncProcess({ db, apiUrl: `${sim.url}/api/query`, args: ["--topics", "dialogue", "--from", FROM, "--to", "2026-04", "--papers", "0"] });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/error-feed: 1/);
    expect(failed.stderr).toMatch(/arXiv refused/);
    expect(queryRequests(sim)).toHaveLength(1); // permanent: not retried
    expect(storeContent(db).counts).toEqual(before.counts);
  });

  test("kill -9 in the middle of a sync, then a restart, ends with the same store as an uninterrupted run", async () => {
    const apiUrl = `${sim.url}/api/query`;
    const reference = freshDb("uninterrupted.db");
    const full = await runSyncProcess({ db: reference, apiUrl, args: SYNC_ARGS });
    expect(full.code, full.stderr).toBe(0);
    const totalRequests = queryRequests(sim).length;
    expect(totalRequests).toBe(TOPICS.length * 6 + TOPICS.length);

    sim.clearLog();
    const killed = freshDb("killed.db");
    const { child, done } = spawnSync({ db: killed, apiUrl, args: SYNC_ARGS });
    await expect.poll(() => queryRequests(sim).length, { timeout: 30_000, intervals: [20] }).toBeGreaterThanOrEqual(9);
    child.kill("SIGKILL");
    const end = await done;
    expect(end.signal).toBe("SIGKILL");
    const beforeKill = queryRequests(sim).length;
    expect(beforeKill).toBeLessThan(totalRequests);

    sim.clearLog();
    const restart = await runSyncProcess({ db: killed, apiUrl, args: SYNC_ARGS });
    expect(restart.code, restart.stderr).toBe(0);
    // Finished work is not repeated: at most the request in flight at the kill is asked again.
    const afterRestart = queryRequests(sim).length;
    expect(beforeKill + afterRestart).toBeGreaterThanOrEqual(totalRequests);
    expect(beforeKill + afterRestart).toBeLessThanOrEqual(totalRequests + 1);

    expect(storeContent(killed)).toEqual(storeContent(reference));
    const db = openDb(killed);
    const statuses = db.prepare("SELECT status FROM sync_runs ORDER BY id").pluck().all();
    db.close();
    expect(statuses).toEqual(["interrupted", "succeeded"]);
  });
});
