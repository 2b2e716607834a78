// `npm run bench:snapshot`: snapshot export and import at real volume. Builds a store of
// BENCH_MONTHS (36) months of the simulator's virtual arXiv at BENCH_SCALE (1 = ~500,000
// papers) directly through the index writer, with harvest records marking the months complete,
// then times export (and the file's size), import into an empty store, re-import into a store
// that already holds everything (the merge path), and the topic recompute after an import.
// Results: bench/results/snapshot.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listIndexMonths, openDb, putIndexedPapers, recordHarvestSlice, type Db } from "../lib/store";
import { lastFullMonth, monthBounds } from "../lib/calendar/months";
import { loadScope } from "../lib/index/scope";
import { exportSnapshot, importSnapshot } from "../lib/archive/snapshot";
import { listTopics } from "../lib/topics/registry";
import { recomputeTopics } from "../lib/sync/run";
import { monthsEndingWith, simulatedPapersOfMonth } from "./sim-papers";
import { benchRunInfo } from "../lib/dev-env";

const MONTHS = Number(process.env.BENCH_MONTHS ?? 36);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DIR = path.resolve(process.env.BENCH_DIR ?? ".tmp/bench-snapshot");
const log = (s: string) => process.stderr.write(`[bench:snapshot] ${s}\n`);

function fresh(file: string): Db {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return openDb(file);
}

async function main(): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  const now = new Date();
  const scope = loadScope();
  const sourceFile = path.join(DIR, "source.db");
  // BENCH_REUSE=1 keeps a source store built by an earlier run (building takes minutes).
  const reuse = process.env.BENCH_REUSE === "1" && fs.existsSync(sourceFile);
  const source = reuse ? openDb(sourceFile) : fresh(sourceFile);
  let t = performance.now();
  for (const month of reuse ? [] : monthsEndingWith(lastFullMonth(now), MONTHS)) {
    const papers = simulatedPapersOfMonth(month, SCALE, now);
    for (let k = 0; k < papers.length; k += 5000) putIndexedPapers(source, papers.slice(k, k + 5000), now, scope);
    const { start, end } = monthBounds(month);
    recordHarvestSlice(source, { month, scopeKey: scope.key, from: start.toISOString(), to: end.toISOString(), complete: true, settles: true, requests: 8, at: now }, start.toISOString());
    log(`${month}: ${papers.length} papers`);
  }
  const buildMs = performance.now() - t;
  const papers = source.prepare("SELECT COUNT(*) FROM papers").pluck().get() as number;
  log(`built ${papers} papers in ${(buildMs / 1000).toFixed(1)} s`);

  const file = path.join(DIR, "index.snapshot.gz");
  t = performance.now();
  const exported = await exportSnapshot(source, file, now);
  const exportMs = performance.now() - t;
  log(`export: ${(exportMs / 1000).toFixed(1)} s, ${(exported.bytes / 1e6).toFixed(1)} MB`);
  source.close();

  const target = fresh(path.join(DIR, "target.db"));
  t = performance.now();
  const imported = await importSnapshot(target, file, scope);
  const importMs = performance.now() - t;
  log(`import into an empty store: ${(importMs / 1000).toFixed(1)} s (${imported.added} papers)`);
  t = performance.now();
  recomputeTopics(target, listTopics(target, { includeBaselines: true }), imported.touchedMonths, now);
  const recomputeMs = performance.now() - t;
  log(`topic counts after import: ${(recomputeMs / 1000).toFixed(1)} s`);
  t = performance.now();
  const again = await importSnapshot(target, file, scope);
  const mergeMs = performance.now() - t;
  log(`re-import (merge, all kept): ${(mergeMs / 1000).toFixed(1)} s`);
  const complete = listIndexMonths(target).filter((m) => m.completeTo !== null).length;
  target.close();

  const result = {
    ...benchRunInfo(),
    scale: SCALE,
    months: MONTHS,
    papers,
    buildSeconds: reuse ? null : +(buildMs / 1000).toFixed(1),
    loadAverageAtEnd: os.loadavg().map((x) => +x.toFixed(1)),
    export: { seconds: +(exportMs / 1000).toFixed(1), bytes: exported.bytes, bytesPerPaper: +(exported.bytes / papers).toFixed(0) },
    importIntoEmptyStore: { seconds: +(importMs / 1000).toFixed(1), papersPerSecond: Math.round(imported.added / (importMs / 1000)), goalSeconds: 120 },
    recomputeAllTopicsAfterImportSeconds: +(recomputeMs / 1000).toFixed(1),
    reimportAllKept: { seconds: +(mergeMs / 1000).toFixed(1), kept: again.kept },
    completeMonthsAfterImport: complete,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/snapshot.json", `${JSON.stringify(result, null, 2)}\n`);
  log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
