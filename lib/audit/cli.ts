// `npm run audit -- [--from YYYY-MM] [--to YYYY-MM] [--sample YYYY-MM,YYYY-MM | --sample-months N] [--topics a,b]`
// Asks arXiv (paced with every other process on the store) for its totals and stores them
// beside the index's counts. Exit 0 when every ask was answered, 1 otherwise, 2 on bad input.
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDb } from "../store";
import { addMonths, lastFullMonth, monthKeySchema, monthRange, type MonthKey } from "../calendar/months";
import { loadArxivConfig, isSimulatedArxiv } from "../arxiv/config";
import { createSyncSource } from "../sync/source";
import { resolveSyncOptions } from "../sync/options";
import { loadScope } from "../index/scope";
import { runAudit } from "./audit";
import { readAudit } from "./read";
import { defaultSampleMonths, loadTolerance } from "./agreement";

const say = (s: string) => process.stderr.write(`${s}\n`);

function usage(message: string): never {
  say(`${message}\nusage: npm run audit -- [--from YYYY-MM] [--to YYYY-MM] [--sample YYYY-MM,... | --sample-months N] [--topics slug,slug]`);
  process.exit(2);
}

const argsSchema = z.object({
  from: monthKeySchema.optional(),
  to: monthKeySchema.optional(),
  sample: z.array(monthKeySchema).min(1).optional(),
  sampleMonths: z.coerce.number().int().min(0).max(120).default(3),
  topics: z.array(z.string()).optional(),
});

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { from: { type: "string" }, to: { type: "string" }, sample: { type: "string" }, "sample-months": { type: "string" }, topics: { type: "string" } },
      strict: true,
    }));
  } catch (e) {
    usage((e as Error).message);
  }
  const list = (s: string | undefined) => s?.split(",").map((x) => x.trim()).filter(Boolean);
  const parsed = argsSchema.safeParse({ from: values.from, to: values.to, sample: list(values.sample), sampleMonths: values["sample-months"], topics: list(values.topics) });
  if (!parsed.success) usage(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
  const now = new Date();
  const db = openDb();
  const scope = loadScope();
  const config = loadArxivConfig();
  let options;
  try {
    options = resolveSyncOptions(db, { topics: parsed.data.topics }, "audit", now);
  } catch (e) {
    usage((e as Error).message);
  }
  // Closed months only: the running month is still being announced and harvested.
  const to: MonthKey = parsed.data.to ?? lastFullMonth(now);
  const from: MonthKey = parsed.data.from ?? addMonths(to, -35);
  const plan = {
    scopeMonths: monthRange(from, to),
    topics: options.topics,
    topicMonths: parsed.data.sample ?? defaultSampleMonths(now, parsed.data.sampleMonths),
  };
  const asks = plan.scopeMonths.length + options.topics.filter((t) => t.part !== "baseline").length * plan.topicMonths.length;
  say(`Auditing against ${config.apiUrl}${isSimulatedArxiv(config) ? " (not the real arXiv)" : ""}: ${asks} counts, one request every ${config.minIntervalMs} ms (about ${Math.ceil((asks * config.minIntervalMs) / 60_000)} min).`);
  const out = await runAudit(plan, {
    db,
    source: createSyncSource(db, config),
    scope,
    onProgress: (done, total, task) => process.stderr.write(process.stderr.isTTY ? `\r\x1b[2K${done}/${total} ${task}` : done % 10 === 0 ? `${done}/${total} ${task}\n` : ""),
  });
  if (process.stderr.isTTY) say("");
  const report = readAudit(db, loadTolerance(), { from: plan.topicMonths[0]! < from ? plan.topicMonths[0]! : from, to });
  db.close();
  const pct = (r: number | null) => (r === null ? "—" : `${(100 * r).toFixed(1)} %`);
  say(`Asked ${out.asked} counts with ${out.requests} requests; ${out.suspect} suspect zero(s); tolerance ${(100 * report.tolerance).toFixed(1)} %.`);
  say("Index completeness (indexed / arXiv), months outside the tolerance:");
  const outside = report.scope.filter((c) => c.state === "outside" || c.state === "suspect");
  for (const c of outside) say(`  ${c.month}: ${c.localCount} / ${c.arxivTotal} = ${pct(c.ratio)}${c.state === "suspect" ? " (arXiv answered 0: suspect)" : ""}`);
  if (outside.length === 0) say("  none");
  say("Agreement of local matching with arXiv's search (local / arXiv):");
  for (const t of report.topics) say(`  ${t.slug}: ${t.cells.map((c) => `${c.month} ${pct(c.ratio)}${c.state === "outside" ? " !" : c.state === "suspect" ? " ?" : ""}`).join(", ")}`);
  for (const f of out.failures) say(`  failed: ${f.task}: ${f.message}`);
  return out.failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    say(`audit failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
