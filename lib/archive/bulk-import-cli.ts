// `npm run import -- --arxiv-metadata FILE [--from YYYY-MM]`: fills the index from arXiv's bulk
// metadata dump (JSON lines, optionally gzip'd) without asking arXiv anything.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDb } from "../store";
import { monthKeySchema, type MonthKey } from "../calendar/months";
import { listTopics } from "../topics/registry";
import { recomputeTopics } from "../sync/run";
import { loadRefreshPolicy } from "../sync/policy";
import { loadScope } from "../index/scope";
import { importArxivMetadata } from "./bulk-import";

const say = (s: string) => process.stderr.write(`${s}\n`);
const n = (x: number) => x.toLocaleString("en-US");

function usage(message: string): never {
  say(`${message}\nusage: npm run import -- --arxiv-metadata FILE [--from YYYY-MM]`);
  process.exit(2);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { "arxiv-metadata": { type: "string" }, from: { type: "string" } }, strict: true }));
  } catch (e) {
    usage((e as Error).message);
  }
  const file = values["arxiv-metadata"];
  if (!file) usage("--arxiv-metadata FILE is required");
  if (!fs.existsSync(file)) usage(`${file} does not exist`);
  const from = values.from === undefined ? undefined : monthKeySchema.safeParse(values.from);
  if (from && !from.success) usage(`--from ${values.from}: not a month (YYYY-MM)`);
  const size = fs.statSync(file).size;
  const scope = loadScope();
  const db = openDb();
  const t = performance.now();
  const tty = process.stderr.isTTY;
  say(`Importing ${file} (${(size / 1e9).toFixed(2)} GB) into the index for ${scope.categories.length} categories (${scope.source}); no arXiv request is made.`);
  const result = await importArxivMetadata(db, file, {
    scope,
    from: from?.data as MonthKey | undefined,
    settleMs: loadRefreshPolicy().settleMs,
    now: new Date(),
    onProgress: (p) => {
      const line = `${n(p.lines)} lines, ${((100 * p.bytesRead) / size).toFixed(1)} % of the file, ${n(p.kept)} papers in scope, ${n(p.skipped)} skipped, ${((performance.now() - t) / 1000).toFixed(0)} s`;
      process.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
    },
  });
  if (tty) say("");
  say(`Read ${n(result.lines)} lines: ${n(result.inScope)} papers in scope (${n(result.added)} new, ${n(result.replaced)} updated).`);
  const skipped = Object.entries(result.skipped);
  if (skipped.length) say(`Skipped: ${skipped.map(([why, k]) => `${n(k)} ${why}`).join(", ")}.`);
  for (const e of result.examples) say(`  line ${e.line}: ${e.reason}${e.detail ? ` (${e.detail})` : ""}`);
  if (result.newestV1) {
    const complete = result.covered.filter((c) => c.completeTo.slice(0, 7) !== c.month).length;
    say(`The dump reaches ${result.newestV1}: ${complete} ${complete === 1 ? "month" : "months"} recorded as listed completely (${result.covered.filter((c) => c.settled).length} settled); the sync lists only what came after.`);
  }
  say(`Computing topic counts for ${result.touchedMonths.length} months…`);
  recomputeTopics(db, listTopics(db, { includeBaselines: true }), result.touchedMonths, new Date());
  db.close();
  say(`Done in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    say(`import failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
