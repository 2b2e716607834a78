// `npm run bench:index`: the local index at real arXiv volume. Harvests BENCH_MONTHS (36) months
// of the scope from the simulator at BENCH_SCALE (1 = real magnitudes, ~15,000 papers a month)
// over loopback with no pacing, then measures on the resulting store: requests of a first sync
// and of a daily refresh, index build throughput, bytes per paper, recomputes, drill-downs and
// previews (in process, and over HTTP when a build exists). Results: bench/results/index.json.
import { withQueryVersion } from "../lib/topics/resolve";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { openDb, putIndexedPapers, recomputeTopic, type Db } from "../lib/store";
import { ArxivClient } from "../lib/arxiv/client";
import { parseAtomFeed } from "../lib/arxiv/atom";
import { loadArxivConfig } from "../lib/arxiv/config";
import { addMonths, currentMonth, lastFullMonth } from "../lib/calendar/months";
import { runSync, type PublicationSource } from "../lib/sync/run";
import { loadRefreshPolicy } from "../lib/sync/policy";
import { resolveSyncOptions } from "../lib/sync/options";
import { loadScope } from "../lib/index/scope";
import { listTopics } from "../lib/topics/registry";
import { readTopicCounts } from "../lib/topics/series";
import { readTopicPapers } from "../lib/topics/papers";
import { previewQueryHistory } from "../lib/topics/preview";
import { createCustomTopic } from "../lib/topics/editor";
import { nextBuildExists, startBuiltServer, waitForOk, benchRunInfo } from "../lib/dev-env";

const MONTHS = Number(process.env.BENCH_MONTHS ?? 36);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIM_PORT = Number(process.env.BENCH_SIM_PORT ?? 8390);
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const DB = path.resolve(process.env.BENCH_DB ?? ".tmp/bench/index.db");
const log = (s: string) => process.stderr.write(`[bench:index] ${s}\n`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function timeIt(samples: number, fn: (i: number) => unknown): { p50: number; p95: number; samples: number } {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: +percentile(times, 50).toFixed(2), p95: +percentile(times, 95).toFixed(2), samples };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function request(method: string, url: string, body?: unknown, keepAlive = true): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request(
      u,
      // Control calls come minutes apart: a kept-alive socket would have been closed by the server.
      { method, agent: keepAlive ? agent : false, headers: body === undefined ? {} : { "content-type": "application/json", origin: u.origin } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function timeHttp(method: string, url: (i: number) => string, samples: number, body?: (i: number) => unknown) {
  for (let i = 0; i < 10; i++) await request(method, url(i), body?.(i));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const r = await request(method, url(i), body?.(i));
    if (r.status !== 200) throw new Error(`${method} ${url(i)} answered ${r.status}: ${r.text.slice(0, 200)}`);
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return { p50: +percentile(times, 50).toFixed(2), p95: +percentile(times, 95).toFixed(2), samples };
}

async function simulatorRequests(): Promise<number> {
  const r = await request("GET", `http://127.0.0.1:${SIM_PORT}/_control/log`, undefined, false);
  return (JSON.parse(r.text) as { path: string }[]).filter((e) => e.path === "/api/query").length;
}

async function harvest(db: Db, now: Date, label: string) {
  const config = loadArxivConfig({ ARXIV_API_URL: `http://127.0.0.1:${SIM_PORT}/api/query`, ARXIV_MIN_INTERVAL_MS: "0", ARXIV_RETRY_BASE_MS: "100", ARXIV_TIMEOUT_MS: "300000" });
  const client = new ArxivClient({ config });
  let listMs = 0;
  const source: PublicationSource = {
    async listPage(q, start, max) {
      const t = performance.now();
      try {
        return await client.listPage(q, start, max);
      } finally {
        listMs += performance.now() - t;
      }
    },
  };
  const to = currentMonth(now);
  const options = resolveSyncOptions(db, { from: addMonths(to, -(MONTHS - 1)), to }, "bench", now);
  const before = await simulatorRequests();
  const t = performance.now();
  let lastLine = 0;
  const result = await runSync(options, {
    db,
    source,
    scope: loadScope(),
    policy: loadRefreshPolicy(),
    minIntervalMs: 0,
    now: () => now,
    onProgress: (p) => {
      if (Date.now() - lastLine > 15_000) {
        lastLine = Date.now();
        log(`${label}: ${p.done + p.failed}/${p.total} slices ${p.currentTask ?? ""}`);
      }
    },
  });
  const wallMs = performance.now() - t;
  return { result, wallMs, listMs, requests: (await simulatorRequests()) - before };
}

async function main(): Promise<void> {
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  // BENCH_REUSE=1 measures on the store a previous run harvested (the first sync is not redone).
  const reuse = process.env.BENCH_REUSE === "1" && fs.existsSync(DB);
  if (!reuse) for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
  const sim: ChildProcess = spawn(process.execPath, ["--max-old-space-size=4096", "--conditions=react-server", "--import", "tsx", "lib/simulator/cli.ts", "--port", String(SIM_PORT), "--scale", String(SCALE), "--quiet"], {
    stdio: ["ignore", "ignore", fs.openSync(path.join(path.dirname(DB), "simulator.log"), "w")],
  });
  let server: ChildProcess | null = null;
  try {
    await waitForOk(`http://127.0.0.1:${SIM_PORT}/_control/health`);
    const db = openDb(DB);
    const now = new Date();

    // 1. A first sync of MONTHS months at the simulated volume.
    log(reuse ? "reusing the harvested store" : `first sync: ${MONTHS} months at scale ${SCALE}`);
    const first = reuse ? JSON.parse(fs.readFileSync("bench/results/index-first-sync.json", "utf8")) : await harvest(db, now, "first sync");
    if (!reuse) fs.writeFileSync("bench/results/index-first-sync.json", JSON.stringify({ result: { requests: first.result.requests }, wallMs: first.wallMs, listMs: first.listMs, requests: first.requests }));
    const papers = db.prepare("SELECT COUNT(*) FROM papers").pluck().get() as number;
    db.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = fs.statSync(DB).size;
    log(`first sync: ${first.requests} requests, ${papers} papers, ${(first.wallMs / 1000).toFixed(1)} s`);

    // Throughput without the network: parse one full page and store it again into a scratch store.
    const page = await request("GET", `http://127.0.0.1:${SIM_PORT}/api/query?search_query=cat:cs.LG&start=0&max_results=2000&sortBy=submittedDate&sortOrder=descending`);
    const parseT = performance.now();
    const parsed = parseAtomFeed(page.text);
    const parseMs = performance.now() - parseT;
    const scratch = openDb(":memory:");
    const storeT = performance.now();
    putIndexedPapers(scratch, parsed.papers, now, loadScope());
    const storeMs = performance.now() - storeT;
    scratch.close();

    // 2. A daily refresh, a day later.
    const nextDay = new Date(now.getTime() + Number(process.env.BENCH_REFRESH_AFTER_DAYS ?? 1) * 86_400_000);
    const refresh = await harvest(db, nextDay, "daily refresh");

    // 3. Adding a topic: its whole history from the index, without a request.
    db.prepare("DELETE FROM topic_definitions WHERE slug = 'agents-bench'").run();
    db.prepare("DELETE FROM topic_papers WHERE slug = 'agents-bench'").run();
    db.prepare("DELETE FROM monthly_counts WHERE slug = 'agents-bench'").run();
    db.prepare("DELETE FROM topic_index_versions WHERE slug = 'agents-bench'").run();
    db.prepare("DELETE FROM topic_query_versions WHERE slug = 'agents-bench'").run();
    const beforeAdd = await simulatorRequests();
    const addT = performance.now();
    createCustomTopic(db, { name: "Agents bench", part: "custom", description: "LLM agents.", query: 'abs:"LLM agent" OR abs:"LLM agents" OR ti:agentic', queryNotes: "" }, now);
    const addMs = performance.now() - addT;
    const addRequests = (await simulatorRequests()) - beforeAdd;

    // 4. Reads and recomputes on this store, in process.
    const topics = listTopics(db, { includeBaselines: true }).filter((t) => t.slug !== "agents-bench");
    const lm = withQueryVersion(db, topics.find((t) => t.slug === "language-model")!);
    const from = addMonths(currentMonth(now), -(MONTHS - 1));
    const to = currentMonth(now);
    const month = lastFullMonth(now);
    const countsRead = timeIt(200, () => readTopicCounts(db, lm, from, to));
    const drill = timeIt(100, (i) => readTopicPapers(db, lm, { limit: 20, offset: (i % 5) * 20, months: { from: month, to: month } }));
    const recomputeOne = timeIt(3, () => recomputeTopic(db, { slug: lm.slug, queryVersion: 1, queryNode: lm.queryNode }, now));
    const allT = performance.now();
    for (const t of topics) recomputeTopic(db, { slug: t.slug, queryVersion: 1, queryNode: t.queryNode, wholeScope: t.part === "baseline" }, now);
    const recomputeAllMs = performance.now() - allT;
    const preview = timeIt(10, (i) => previewQueryHistory(db, i % 2 ? 'abs:"speculative decoding" OR abs:"KV cache"' : "ti:agent* AND abs:LLM", loadScope(), now));
    const cells = 16 * MONTHS;

    const result: Record<string, unknown> = {
      ...benchRunInfo(),
      scale: SCALE,
      months: MONTHS,
      papers,
      firstSync: {
        requests: first.requests,
        pages: first.result.requests,
        wallSeconds: +(first.wallMs / 1000).toFixed(1),
        listingSeconds: first.listMs === null ? null : +(first.listMs / 1000).toFixed(1),
        requestsPerTopicMonthCell: +(first.requests / cells).toFixed(3),
        beforeTheIndex: `${17 * MONTHS} count requests + paper pages`,
        atArxivPaceMinutes: +((first.requests * 3) / 60).toFixed(1),
      },
      dailyRefresh: { requests: refresh.requests, papersListed: refresh.result.papersReceived, wallSeconds: +(refresh.wallMs / 1000).toFixed(1) },
      addTopic: { requests: addRequests, ms: +addMs.toFixed(0) },
      build: {
        papersPerSecondOverall: Math.round(papers / (first.wallMs / 1000)),
        parse2000PageMs: +parseMs.toFixed(0),
        store2000PapersMs: +storeMs.toFixed(0),
        papersPerSecondParsePlusStore: Math.round(2000 / ((parseMs + storeMs) / 1000)),
      },
      storeBytes: bytes,
      bytesPerPaper: Math.round(bytes / papers),
      inProcess: {
        countsRead,
        monthDrillDown: drill,
        recomputeLanguageModelMs: recomputeOne.p50,
        recomputeAll17Ms: +recomputeAllMs.toFixed(0),
        preview24Months: preview,
      },
    };

    if (nextBuildExists()) {
      db.close();
      server = startBuiltServer(PORT, { RADAR_DB: DB, RADAR_SCHEDULE: "off", NEXT_TELEMETRY_DISABLED: "1" });
      const base = `http://127.0.0.1:${PORT}`;
      await waitForOk(`${base}/api/health`);
      result.http = {
        countsApi: await timeHttp("GET", () => `${base}/api/topics/language-model/counts`, 300),
        monthDrillDown: await timeHttp("GET", (i) => `${base}/api/topics/language-model/papers?month=${month}&limit=20&offset=${(i % 5) * 20}`, 100),
        preview: await timeHttp("POST", () => `${base}/api/topics/preview`, 20, (i) => ({ query: `ti:agent* AND abs:LLM${i % 2 ? " AND abs:tool" : ""}` })),
        overviewPage: await timeHttp("GET", () => `${base}/`, 30),
      };
    } else {
      db.close();
      result.http = "no build: run `npm run build` for HTTP figures";
    }
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/index.json", `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    agent.destroy();
    server?.kill("SIGTERM");
    sim.kill("SIGTERM");
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
