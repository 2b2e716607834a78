// `npm run bench:scale`: the issue-8 scale check. A store of about 1,000,000 papers (120 months
// of the simulator at real volume, written in process) with 200 topics (the 16 roadmap topics
// and 184 generated from frequent title words), every topic computed over 120 months; then
// p50s of the counts API, a month's drill-down and "/", and a full recompute of one topic.
// Needs a build for the HTTP figures. Results: bench/results/scale.json.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createIndexedPaperWriter, openDb, recordHarvestSlice, recomputeTopic } from "../lib/store";
import { addMonths, lastFullMonth, monthBounds } from "../lib/calendar/months";
import { loadScope } from "../lib/index/scope";
import { loadCorpus } from "../lib/simulator/corpus";
import { indexWords } from "../lib/index/match-expression";
import { createCustomTopic } from "../lib/topics/editor";
import { listTopics } from "../lib/topics/registry";
import { monthsEndingWith, simulatedPapersOfMonth } from "./sim-papers";
import { startBuiltServer, waitForOk, benchRunInfo } from "../lib/dev-env";

const DB = path.resolve(process.env.BENCH_DB ?? ".tmp/bench-scale/scale.db");
const MONTHS = Number(process.env.BENCH_MONTHS ?? 120);
const PORT = Number(process.env.BENCH_PORT ?? 3391);
const log = (s: string) => process.stderr.write(`[bench:scale] ${s}\n`);
const STOP = new Set("a an and are as at based by for from in into is of on or over the to towards via with without using learning model models".split(" "));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(url: string): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) =>
    http.get(url, { agent }, (r) => { r.resume(); r.on("end", () => resolve({ status: r.statusCode ?? 0, ms: performance.now() - t })); }).on("error", reject),
  );
}
async function timeHttp(url: (i: number) => string, samples: number) {
  for (let i = 0; i < 10; i++) await get(url(i));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const r = await get(url(i));
    if (r.status !== 200) throw new Error(`${url(i)} answered ${r.status}`);
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return { p50: +percentile(times, 50).toFixed(2), p95: +percentile(times, 95).toFixed(2), samples };
}

/** 184 topic queries from the corpus's most frequent title words: realistic shapes, not curated. */
function generatedQueries(n: number): string[] {
  const freq = new Map<string, number>();
  for (const p of loadCorpus()) for (const w of new Set(indexWords(p.title))) if (w.length > 3 && !STOP.has(w) && !/^\d+$/.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([w]) => w);
  return words.map((w, i) => `ti:${w} OR abs:"${w} ${words[(i + 1) % words.length]}" OR (abs:${w} AND cat:cs.${["CL", "CV", "LG", "AI"][i % 4]})`);
}

async function main(): Promise<void> {
  const now = new Date();
  const scope = loadScope();
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  const reuse = process.env.BENCH_REUSE === "1" && fs.existsSync(DB);
  if (!reuse) for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
  const db = openDb(DB);
  db.pragma("cache_size = -262144");
  const last = lastFullMonth(now);
  let buildMs = 0;
  if (!reuse) {
    const t = performance.now();
    for (const month of monthsEndingWith(last, MONTHS)) {
      const papers = simulatedPapersOfMonth(month, 1, now);
      db.transaction(() => {
        const w = createIndexedPaperWriter(db, scope);
        const at = now.toISOString();
        for (const p of papers) w.put(p, at);
      }).immediate();
      const { start, end } = monthBounds(month);
      recordHarvestSlice(db, { month, scopeKey: scope.key, from: start.toISOString(), to: end.toISOString(), complete: true, settles: true, requests: 0, at: now }, start.toISOString());
      if (month.endsWith("-01")) log(`${month}: ${db.prepare("SELECT COUNT(*) FROM papers").pluck().get()} papers`);
    }
    buildMs = performance.now() - t;
    const queries = generatedQueries(184);
    const t2 = performance.now();
    queries.forEach((query, i) => createCustomTopic(db, { name: `Bench topic ${i + 1}`, part: "custom", description: "Generated for the scale benchmark.", query, queryNotes: "" }, now));
    for (const t of listTopics(db, { includeBaselines: true }).filter((x) => x.origin !== "custom")) {
      recomputeTopic(db, { slug: t.slug, queryVersion: 1, queryNode: t.queryNode, wholeScope: t.part === "baseline" }, now);
    }
    log(`200 topics computed over ${MONTHS} months in ${((performance.now() - t2) / 1000).toFixed(0)} s`);
  }
  const papers = db.prepare("SELECT COUNT(*) FROM papers").pluck().get() as number;
  const topics = listTopics(db).length;
  const lm = listTopics(db).find((t) => t.slug === "language-model")!;
  const r = performance.now();
  recomputeTopic(db, { slug: lm.slug, queryVersion: 1, queryNode: lm.queryNode }, now);
  const recomputeMs = performance.now() - r;
  db.close();

  const server = startBuiltServer(PORT, { RADAR_DB: DB, RADAR_SCHEDULE: "off", NEXT_TELEMETRY_DISABLED: "1" });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitForOk(`${base}/api/health`);
    const from = addMonths(last, -(MONTHS - 1));
    const result = {
      ...benchRunInfo(),
      papers,
      topics,
      months: MONTHS,
      buildSeconds: reuse ? null : +(buildMs / 1000).toFixed(0),
      recomputeOneTopicMs: +recomputeMs.toFixed(0),
      countsApi: await timeHttp((i) => `${base}/api/topics/${i % 2 ? "language-model" : "bench-topic-7"}/counts?from=${from}&to=${last}`, 300),
      monthDrillDown: await timeHttp((i) => `${base}/api/topics/language-model/papers?month=${addMonths(last, -(i % 12))}&limit=20`, 100),
      overviewPage: await timeHttp(() => `${base}/`, 50),
      goals: { countsApiP50Ms: 5, drillDownP50Ms: 50, overviewP50Ms: 50, recomputeOneTopicMs: 2000 },
    };
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/scale.json", `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    agent.destroy();
    server.kill("SIGTERM");
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
