// `npx tsx bench/load.ts [--base http://127.0.0.1:3000] [--connections 100] [--seconds 20]`:
// N concurrent keep-alive connections, each sending one request after another for S seconds,
// on "/", the counts API and /api/overview in turn; reports req/s, p50/p99, errors and
// timeouts per route. Against a running server (start one on a seeded store first, e.g.
// bench/seed-store.ts and `next start`).
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: process.env.LOAD_BASE ?? "http://127.0.0.1:3000" },
    connections: { type: "string", default: "100" },
    seconds: { type: "string", default: "20" },
    timeout: { type: "string", default: "10000" },
    routes: { type: "string", default: "/,/api/topics/data/counts,/api/overview" },
  },
});

const base = new URL(values.base);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const timeoutMs = Number(values.timeout);

interface RouteResult {
  route: string;
  requests: number;
  ok: number;
  errors: number;
  /** What the errors were: HTTP statuses other than 200, or socket error codes. */
  errorKinds: Record<string, number>;
  timeouts: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
}

function once(agent: http.Agent, path: string): Promise<{ status: number; ms: number } | "timeout" | `error:${string}`> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.get({ host: base.hostname, port: base.port, path, agent, headers: { accept: path.startsWith("/api") ? "application/json" : "text/html" } }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      res.on("error", (e: NodeJS.ErrnoException) => resolve(`error:${e.code ?? e.message}`));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve("timeout");
    });
    req.on("error", (e: NodeJS.ErrnoException) => resolve(`error:${e.code ?? e.message}`));
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

async function loadRoute(path: string): Promise<RouteResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  let errors = 0;
  let timeouts = 0;
  const errorKinds: Record<string, number> = {};
  const error = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const r = await once(agent, path);
        if (r === "timeout") timeouts++;
        else if (typeof r === "string") error(r);
        else if (r.status !== 200) error(`http:${r.status}`);
        else times.push(r.ms);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    route: path,
    requests: times.length + errors + timeouts,
    ok: times.length,
    errors,
    errorKinds,
    timeouts,
    reqPerSec: round(times.length / elapsed),
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    max: round(times.at(-1) ?? NaN),
  };
}

async function main(): Promise<void> {
  const results: RouteResult[] = [];
  for (const route of values.routes.split(",")) {
    // Warm the route (first compile of a page, caches) before measuring.
    await once(new http.Agent(), route);
    const r = await loadRoute(route);
    results.push(r);
    console.error(`${route}: ${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors ${JSON.stringify(r.errorKinds)}, ${r.timeouts} timeouts`);
  }
  console.log(JSON.stringify({ base: base.origin, connections, seconds, timeoutMs, results }, null, 2));
}

void main();
