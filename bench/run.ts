// `npm run bench`: server response times of "/" and of the counts API (warm, p50/p95) and the
// first-load JavaScript of "/" (gzip), on a store of 16 topics x 60 months and 20,000 papers.
// Targets (issue 3): "/" p50 <= 50 ms, counts API p50 <= 5 ms, first-load JS <= 250 kB gzip.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { seedBenchStore } from "./seed-store";
import { nextBuildExists, startBuiltServer, waitForOk } from "../lib/dev-env";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DB = path.resolve(".tmp/bench/radar.db");
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<{ status: number; body: Buffer; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
      })
      .on("error", reject);
  });
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

async function timeRoute(url: string, warmup: number, samples: number) {
  for (let i = 0; i < warmup; i++) await get(url);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const r = await get(url);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return { samples, p50: +percentile(times, 50).toFixed(2), p95: +percentile(times, 95).toFixed(2) };
}

async function firstLoadJs(): Promise<{ files: number; rawBytes: number; gzipBytes: number }> {
  const html = (await get(`${BASE}/`)).body.toString();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of srcs) {
    const body = (await get(new URL(src, BASE).toString())).body;
    rawBytes += body.length;
    gzipBytes += zlib.gzipSync(body, { level: 6 }).length;
  }
  return { files: srcs.length, rawBytes, gzipBytes };
}

async function main(): Promise<void> {
  if (!nextBuildExists()) throw new Error("run `npm run build` first");
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  const seedStart = Date.now();
  seedBenchStore(DB);
  console.log(`seeded ${DB} in ${Date.now() - seedStart} ms`);
  const server = startBuiltServer(PORT, { RADAR_DB: DB, RADAR_SCHEDULE: "off", NEXT_TELEMETRY_DISABLED: "1" }, { detached: true });
  try {
    await waitForOk(`${BASE}/api/health`);
    const overview = await timeRoute(`${BASE}/`, 20, 200);
    const counts = await timeRoute(`${BASE}/api/topics/language-model/counts?from=2021-12&to=2026-11`, 50, 1000);
    const js = await firstLoadJs();
    const result = {
      at: new Date().toISOString(),
      node: process.version,
      store: { topics: 17, months: 60, papers: 20_000 },
      overview: { ...overview, targetP50: 50 },
      countsApi: { ...counts, targetP50: 5 },
      firstLoadJs: { ...js, gzipKb: +(js.gzipBytes / 1024).toFixed(1), targetGzipKb: 250 },
    };
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/latest.json", `${JSON.stringify(result, null, 2)}\n`);
    const ok = (v: number, t: number) => (v <= t ? "ok" : "OVER TARGET");
    console.log(`GET /            p50 ${overview.p50} ms  p95 ${overview.p95} ms  (${ok(overview.p50, 50)}, target p50 <= 50 ms)`);
    console.log(`GET counts API   p50 ${counts.p50} ms  p95 ${counts.p95} ms  (${ok(counts.p50, 5)}, target p50 <= 5 ms)`);
    console.log(`first-load JS /  ${result.firstLoadJs.gzipKb} kB gzip in ${js.files} files  (${ok(result.firstLoadJs.gzipKb, 250)}, target <= 250 kB)`);
  } finally {
    agent.destroy();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
