// The harvest end to end: simulator (real magnitudes, scaled down) with faults -> sync CLI ->
// local index in SQLite -> counts computed locally -> JSON API.
import { expect, test, type APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { startSimulator, type RunningSimulator } from "../lib/simulator/server";
import { scopeQuery, searchVirtualPapers } from "../lib/simulator/model";
import { openStoreReadOnly } from "./store-reader";
import { monthBounds, parseMonthKey } from "../lib/calendar/months";
import { loadScope } from "../lib/index/scope";
import { E2E_DIR, E2E_PORT, startBuiltServer } from "../lib/dev-env";
import { runSyncProcess, spawnSync } from "./sync-process";

const SIM_NOW = "2026-11-15T12:00:00Z";
const SCALE = 0.02;
const FROM = parseMonthKey("2026-05");
const TO = parseMonthKey("2026-10");
const INTERVAL_MS = 100;
const SYNC_ARGS = ["--from", FROM, "--to", TO, "--quiet"];
// Small pages, so that a month takes several requests and faults land in the middle of slices.
const SYNC_ENV = { HARVEST_PAGE_SIZE: "100" };

function freshDb(name: string): string {
  fs.mkdirSync(E2E_DIR, { recursive: true });
  const file = path.join(E2E_DIR, name);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return file;
}

function queryRequests(sim: RunningSimulator) {
  return sim.log().filter((e) => e.path === "/api/query");
}

/** The simulator's own list of the scope's papers first submitted in FROM..TO. */
function truthIds(): string[] {
  const range = { from: `${FROM.replace("-", "")}010000`, to: `${new Date(monthBounds(TO).end.getTime() - 60_000).toISOString().replace(/[-T:]/g, "").slice(0, 12)}` };
  return searchVirtualPapers(scopeQuery(loadScope().categories), range, { now: new Date(SIM_NOW), scale: SCALE })
    .map((p) => p.id)
    .sort();
}

/** The store's index and every count, without times, for comparing two stores. */
function storeContent(file: string) {
  const db = openStoreReadOnly(file);
  const content = {
    papers: db
      .prepare(
        `SELECT id, version, title, authors_json, summary, published, updated, primary_category, categories_json,
                abs_url, pdf_url, doi, journal_ref, comment, in_scope FROM papers ORDER BY id`,
      )
      .all(),
    fts: db.prepare("SELECT COUNT(*) FROM paper_fts").pluck().get(),
    months: db.prepare("SELECT month, complete_to, settled FROM index_months ORDER BY month").all(),
    counts: db.prepare("SELECT slug, query_version, month, count FROM monthly_counts ORDER BY 1, 2, 3").all(),
    members: db.prepare("SELECT slug, query_version, month, paper_id FROM topic_papers ORDER BY 1, 2, 3, 4").all(),
  };
  db.close();
  return content;
}

function indexedIds(file: string): string[] {
  const db = openStoreReadOnly(file);
  const ids = db
    .prepare("SELECT id FROM papers WHERE in_scope = 1 AND month BETWEEN ? AND ? ORDER BY id")
    .pluck()
    .all(FROM, TO) as string[];
  db.close();
  return ids;
}

async function startServer(db: string, apiUrl: string, request: APIRequestContext): Promise<{ base: string; server: ChildProcess }> {
  const port = E2E_PORT + 1;
  const server = startBuiltServer(port, { RADAR_DB: db, RADAR_SCHEDULE: "off", ARXIV_API_URL: apiUrl });
  const base = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 30_000 })
    .toBe(200);
  return { base, server };
}

test.describe("harvest into the local index", () => {
  let sim: RunningSimulator;
  test.beforeAll(async () => {
    sim = await startSimulator({ port: 0, now: SIM_NOW, logRequests: false, scale: SCALE });
  });
  test.afterAll(async () => {
    await sim.close();
  });
  test.beforeEach(() => {
    sim.faults.clear();
    sim.clearLog();
  });

  test("harvests through faults to exactly the simulator's papers, counts locally, and asks nothing again", async ({ request }) => {
    test.setTimeout(180_000);
    const db = freshDb("pipeline.db");
    const apiUrl = `${sim.url}/api/query`;
    // A hang, a rate limit, a truncated body, a short and an empty page first; then a fault on
    // a fifth of all requests.
    sim.faults.set({ script: ["hang", "429", "truncated", "ok", "short-page", "503", "empty-page", "short-page"], rate: 0.2, seed: 11 });
    const requestLog = path.join(E2E_DIR, "pipeline-requests.jsonl");
    fs.rmSync(requestLog, { force: true });
    const first = await runSyncProcess({ db, apiUrl, args: SYNC_ARGS, env: { ...SYNC_ENV, ARXIV_REQUEST_LOG: requestLog } });
    expect(first.code, first.stderr).toBe(0);

    const log = queryRequests(sim);
    expect(log.filter((e) => e.fault !== null).length).toBeGreaterThanOrEqual(8);
    expect(log.some((e) => e.fault === "short-page")).toBe(true);
    // The client's own record of every attempt's start: never two closer than the interval.
    const starts = fs
      .readFileSync(requestLog, "utf8")
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { startedAt: number }).startedAt)
      .sort((a, b) => a - b);
    expect(starts).toHaveLength(log.length);
    expect(Math.min(...starts.slice(1).map((t, i) => t - starts[i]!))).toBeGreaterThanOrEqual(INTERVAL_MS);

    // The index holds exactly the simulator's papers of the scope and months, every month complete.
    const truth = truthIds();
    expect(truth.length).toBeGreaterThan(1000);
    expect(indexedIds(db)).toEqual(truth);
    const store = openStoreReadOnly(db);
    expect(store.prepare("SELECT COUNT(*) FROM index_months WHERE complete_to IS NULL OR settled = 0").pluck().get()).toBe(0);
    store.close();

    // A second sync: closed, settled months are never asked again.
    sim.faults.clear();
    sim.clearLog();
    const second = await runSyncProcess({ db, apiUrl, args: SYNC_ARGS, env: SYNC_ENV });
    expect(second.code, second.stderr).toBe(0);
    expect(queryRequests(sim)).toHaveLength(0);

    const { base, server } = await startServer(db, apiUrl, request);
    try {
      // Every month's count equals the papers its drill-down lists, page by page.
      const counts = (await (await request.get(`${base}/api/topics/multi-modal-model/counts?from=${FROM}&to=${TO}`)).json()) as { months: { month: string; count: number | null }[] };
      expect(counts.months.every((m) => m.count !== null)).toBe(true);
      for (const { month, count } of counts.months.slice(-2)) {
        const ids = new Set<string>();
        let total = -1;
        for (let offset = 0; ; offset += 50) {
          const page = (await (await request.get(`${base}/api/topics/multi-modal-model/papers?month=${month}&limit=50&offset=${offset}`)).json()) as { total: number; papers: { id: string; published: string; matchedBy: string[] }[] };
          total = page.total;
          for (const p of page.papers) {
            expect(p.published.slice(0, 7)).toBe(month);
            expect(p.matchedBy.length).toBeGreaterThan(0);
            ids.add(p.id);
          }
          if (page.papers.length < 50) break;
        }
        expect(total, month).toBe(count);
        expect(ids.size, month).toBe(count);
      }

      // Editing a query recomputes its whole history from the index, without one request.
      sim.clearLog();
      const edited = await request.patch(`${base}/api/topics/dialogue`, {
        data: { query: "abs:dialogue OR abs:conversation OR abs:conversational OR ti:chat*" },
        headers: { origin: base },
      });
      expect(edited.status(), await edited.text()).toBe(200);
      expect((await edited.json()).queryVersion).toMatchObject({ changed: true });
      const after = (await (await request.get(`${base}/api/topics/dialogue/counts?from=${FROM}&to=${TO}`)).json()) as { queryVersion: number; months: { month: string; count: number | null }[] };
      expect(after.queryVersion).toBe(2);
      expect(after.months.every((m) => m.count !== null)).toBe(true);
      expect(after.months.reduce((sum, m) => sum + (m.count ?? 0), 0)).toBeGreaterThan(30);
      const october = (await (await request.get(`${base}/api/topics/dialogue/papers?month=${TO}&limit=1`)).json()) as { total: number };
      expect(october.total).toBe(after.months.at(-1)!.count);
      expect(queryRequests(sim)).toHaveLength(0);
    } finally {
      server.kill("SIGTERM");
    }
  });

  test("an error feed fails the sync with arXiv's message and keeps what was indexed", async () => {
    const db = freshDb("errorfeed.db");
    const apiUrl = `${sim.url}/api/query`;
    const ok = await runSyncProcess({ db, apiUrl, args: ["--from", TO, "--to", TO, "--quiet"], env: SYNC_ENV });
    expect(ok.code, ok.stderr).toBe(0);
    const before = storeContent(db);
    expect(before.papers.length).toBeGreaterThan(100);

    sim.clearLog();
    sim.faults.set({ script: ["error-feed"] });
    const failed = await runSyncProcess({ db, apiUrl, args: ["--from", "2026-09", "--to", TO, "--quiet"], env: SYNC_ENV });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/error-feed: 1/);
    expect(failed.stderr).toMatch(/arXiv refused/);
    expect(queryRequests(sim)).toHaveLength(1); // permanent: not retried
    expect(queryRequests(sim)[0]?.query.search_query).toMatch(/submittedDate:\[202609010000/);
    const after = storeContent(db);
    expect(after.papers).toEqual(before.papers);
    expect(after.counts.filter((c) => (c as { month: string }).month === TO)).toEqual(before.counts);
  });

  test("kill -9 in the middle of a harvest, then a restart, ends with the same index as an uninterrupted run", async () => {
    test.setTimeout(180_000);
    const apiUrl = `${sim.url}/api/query`;
    const reference = freshDb("uninterrupted.db");
    const full = await runSyncProcess({ db: reference, apiUrl, args: SYNC_ARGS, env: SYNC_ENV });
    expect(full.code, full.stderr).toBe(0);
    const totalRequests = queryRequests(sim).length;
    expect(totalRequests).toBeGreaterThan(12);

    sim.clearLog();
    const killed = freshDb("killed.db");
    const { child, done } = spawnSync({ db: killed, apiUrl, args: SYNC_ARGS, env: SYNC_ENV });
    await expect.poll(() => queryRequests(sim).length, { timeout: 60_000, intervals: [20] }).toBeGreaterThanOrEqual(Math.floor(totalRequests / 2));
    child.kill("SIGKILL");
    const end = await done;
    expect(end.signal).toBe("SIGKILL");
    expect(queryRequests(sim).length).toBeLessThan(totalRequests);

    const restart = await runSyncProcess({ db: killed, apiUrl, args: SYNC_ARGS, env: SYNC_ENV });
    expect(restart.code, restart.stderr).toBe(0);
    expect(storeContent(killed)).toEqual(storeContent(reference));
    const db = openStoreReadOnly(killed);
    const statuses = db.prepare("SELECT status FROM sync_runs ORDER BY id").pluck().all();
    const integrity = db.pragma("integrity_check", { simple: true });
    db.close();
    expect(statuses).toEqual(["interrupted", "succeeded"]);
    expect(integrity).toBe("ok");
  });
});
