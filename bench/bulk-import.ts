// `npm run bench:bulk-import`: throughput of `npm run import -- --arxiv-metadata` on a generated
// dump of BENCH_RECORDS (1,000,000) records in the format of arXiv's bulk metadata file, made
// from the corpus (data/corpus/sample-2025.jsonl.gz) under new ids and v1 dates spread over
// 2018-2026, a share of them moved out of scope (the real dump is all of arXiv). Gzip'd, as it
// is distributed. Results: bench/results/bulk-import.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { createGzip, gunzipSync } from "node:zlib";
import { openDb } from "../lib/store";
import { loadScope } from "../lib/index/scope";
import { importArxivMetadata } from "../lib/archive/bulk-import";
import { benchRunInfo } from "../lib/dev-env";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const OUT_OF_SCOPE = 0.3;
const DIR = path.resolve(process.env.BENCH_DIR ?? ".tmp/bench-bulk");
const log = (s: string) => process.stderr.write(`[bench:bulk-import] ${s}\n`);

interface CorpusLine {
  title: string;
  authors: string[];
  categories: string[];
  comment: string | null;
  summary: string;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const rfc2822 = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
};

async function generate(file: string): Promise<void> {
  const corpus = gunzipSync(fs.readFileSync("data/corpus/sample-2025.jsonl.gz")).toString("utf8").trim().split("\n").map((l) => JSON.parse(l) as CorpusLine);
  const gzip = createGzip({ level: 1 });
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const start = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2026, 9, 1) - start;
  const perMonth = new Map<string, number>();
  for (let k = 0; k < RECORDS; k++) {
    const c = corpus[k % corpus.length]!;
    const v1 = start + Math.floor((k / RECORDS) * span);
    const d = new Date(v1);
    const ym = `${String(d.getUTCFullYear()).slice(2)}${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    const n = (perMonth.get(ym) ?? 0) + 1;
    perMonth.set(ym, n);
    const versions = Array.from({ length: 1 + (k % 3) }, (_, v) => ({ version: `v${v + 1}`, created: rfc2822(v1 + v * 20 * 86_400_000) }));
    const outside = (k * 7919) % 1000 < OUT_OF_SCOPE * 1000;
    const record = {
      id: `${ym}.${String(n).padStart(5, "0")}`,
      submitter: c.authors[0] ?? null,
      authors: c.authors.join(", "),
      title: c.title,
      comments: c.comment,
      "journal-ref": null,
      doi: null,
      "report-no": null,
      categories: (outside ? ["math.AP", "hep-th"] : c.categories).join(" "),
      license: null,
      abstract: `  ${c.summary}\n`,
      versions,
      update_date: new Date(v1).toISOString().slice(0, 10),
      authors_parsed: c.authors.map((a) => {
        const parts = a.split(" ");
        return [parts.pop() ?? "", parts.join(" "), ""];
      }),
    };
    if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, "drain");
  }
  gzip.end();
  await once(out, "close");
}

async function main(): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `dump-${RECORDS}.jsonl.gz`);
  if (!fs.existsSync(file)) {
    log(`generating ${RECORDS} records into ${file}`);
    const t = performance.now();
    await generate(file);
    log(`generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const dbFile = path.join(DIR, "bulk.db");
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  const db = openDb(dbFile);
  const t = performance.now();
  const r = await importArxivMetadata(db, file, {
    scope: loadScope(),
    settleMs: 7 * 86_400_000,
    now: new Date(),
    onProgress: (p) => log(`${p.lines} lines, ${p.kept} in scope, ${((performance.now() - t) / 1000).toFixed(0)} s`),
  });
  const seconds = (performance.now() - t) / 1000;
  db.close();
  const result = {
    ...benchRunInfo(),
    records: r.lines,
    fileBytes: fs.statSync(file).size,
    inScope: r.inScope,
    skipped: r.skipped,
    seconds: +seconds.toFixed(1),
    recordsPerSecond: Math.round(r.lines / seconds),
    papersStoredPerSecond: Math.round(r.inScope / seconds),
    monthsRecorded: r.covered.length,
    arxivRequests: 0,
    loadAverageAtEnd: os.loadavg().map((x) => +x.toFixed(1)),
  };
  fs.writeFileSync("bench/results/bulk-import.json", `${JSON.stringify(result, null, 2)}\n`);
  log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
