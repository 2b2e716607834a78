// `npm run demo`: the whole dashboard offline. Starts the arXiv simulator, syncs a store from
// it, and serves the built dashboard on that store. The pages say the data are simulated.
// `--e2e` is the same with the settings Playwright's webServer uses (fresh store, no schedule,
// the current month left for the refresh test to fetch).
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSimulator } from "../lib/simulator/server";
import { openDb } from "../lib/store";
import { createSyncSource } from "../lib/sync/source";
import { loadScope } from "../lib/index/scope";
import { loadArxivConfig } from "../lib/arxiv/config";
import { addMonths, currentMonth } from "../lib/calendar/months";
import { runSync } from "../lib/sync/run";
import { loadHarvestSettings, loadRefreshPolicy } from "../lib/sync/policy";
import { resolveSyncOptions } from "../lib/sync/options";
import { renderProgressBar } from "../lib/sync/progress";
import { E2E_DB, E2E_PORT, E2E_SIM_PORT, nextBuildExists, startBuiltServer } from "../lib/dev-env";

const { values } = parseArgs({
  options: {
    e2e: { type: "boolean", default: false },
    port: { type: "string" },
    "sim-port": { type: "string" },
    db: { type: "string" },
    months: { type: "string" },
    scale: { type: "string" },
    fresh: { type: "boolean", default: false },
  },
});

const e2e = values.e2e;
const port = Number(values.port ?? (e2e ? E2E_PORT : 3000));
const simPort = Number(values["sim-port"] ?? (e2e ? E2E_SIM_PORT : 8180));
const dbPath = path.resolve(values.db ?? (e2e ? E2E_DB : "data/demo.db"));
// The demo's simulated arXiv runs at a fraction of real volume (15,000 papers a month in the
// scope) so that it is ready within a few minutes on 2 cores; e2e smaller still.
const scale = Number(values.scale ?? process.env.SIM_SCALE ?? (e2e ? 0.02 : 0.1));
const months = Number(values.months ?? (e2e ? 24 : 36));
const log = (s: string) => process.stderr.write(`[demo] ${s}\n`);

function ensureBuilt(): void {
  if (nextBuildExists()) return;
  log("no build found: running next build");
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
}

async function main(): Promise<void> {
  ensureBuilt();
  const sim = await startSimulator({ port: simPort, logRequests: false, scale });
  const apiUrl = `${sim.url}/api/query`;
  log(`arXiv simulator on ${apiUrl}, at ${Math.round(scale * 1000) / 10}% of arXiv's real volume`);

  if (values.fresh || e2e) for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) fs.rmSync(f, { force: true });
  const config = loadArxivConfig({ ARXIV_API_URL: apiUrl, ARXIV_MIN_INTERVAL_MS: "0", ARXIV_RETRY_BASE_MS: "50" });
  const db = openDb(dbPath);
  // In e2e the current month is left out, so that pressing refresh has something to fetch.
  const to = e2e ? addMonths(currentMonth(), -1) : currentMonth();
  const options = resolveSyncOptions(db, { from: addMonths(to, -(months - 1)), to }, "demo");
  const syncStarted = Date.now();
  const result = await runSync(options, {
    db,
    source: createSyncSource(db, config),
    scope: loadScope(),
    ...loadHarvestSettings(),
    policy: loadRefreshPolicy(),
    minIntervalMs: 0,
    onProgress: (p) => {
      if (process.stderr.isTTY) process.stderr.write(`\r[demo] ${renderProgressBar(p)}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const took = ((Date.now() - syncStarted) / 1000).toFixed(1);
  log(`${took} s: harvested ${result.papersReceived} papers in ${result.requests} requests into ${dbPath} (${result.failures.length} failed)`);
  db.close();

  const next: ChildProcess = startBuiltServer(
    port,
    {
      NEXT_TELEMETRY_DISABLED: "1",
      RADAR_DB: dbPath,
      // Only for the pages' "simulated data" notice: which volume the simulator answers at.
      RADAR_SIMULATOR_SCALE: String(scale),
      ARXIV_API_URL: apiUrl,
      // Paced like a polite client would be, so the refresh progress is visible.
      ARXIV_MIN_INTERVAL_MS: e2e ? "400" : "300",
      ARXIV_RETRY_BASE_MS: "100",
      ARXIV_TIMEOUT_MS: "5000",
      ...(e2e ? { RADAR_SCHEDULE: "off" } : {}),
    },
    { stdio: "inherit" },
  );
  log(`dashboard on http://127.0.0.1:${port} (simulated data)`);
  const stop = () => {
    next.kill("SIGTERM");
    void sim.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", (code) => {
    void sim.close().finally(() => process.exit(code ?? 1));
  });
}

main().catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
});
