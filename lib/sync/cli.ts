// `npm run sync -- [--topics a,b] [--from YYYY-MM] [--to YYYY-MM]`
// Exit status 0 when everything fetchable was fetched; 1 with a summary otherwise; 2 on bad input.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDb } from "../store";
import type { ArxivRequestEvent } from "../arxiv/client";
import { loadArxivConfig, isSimulatedArxiv } from "../arxiv/config";
import { runSync } from "./run";
import { createSyncSource } from "./source";
import { loadScope } from "../index/scope";
import { loadHarvestSettings, loadRefreshPolicy } from "./policy";
import { resolveSyncOptions, syncRequestSchema } from "./options";
import { renderProgressBar, formatDuration } from "./progress";

/**
 * ARXIV_REQUEST_LOG=file appends one JSON line per attempt (URL, start time, status, outcome,
 * retry delay): a record of how politely the sync asked, which the end-to-end test checks.
 */
function requestLogger(file: string | undefined): ((e: ArxivRequestEvent) => void) | undefined {
  if (!file) return undefined;
  return (e) => fs.appendFileSync(file, `${JSON.stringify(e)}\n`);
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run sync -- [--topics slug,slug] [--from YYYY-MM] [--to YYYY-MM]\n`,
  );
  process.exit(2);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        topics: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        quiet: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (e) {
    usage((e as Error).message);
  }
  const parsed = syncRequestSchema.safeParse({
    topics: values.topics?.split(",").map((s) => s.trim()).filter(Boolean),
    from: values.from,
    to: values.to,
  });
  if (!parsed.success) usage(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));

  const db = openDb();
  let options, config, scope;
  try {
    options = resolveSyncOptions(db, parsed.data, "cli");
    config = loadArxivConfig();
    scope = loadScope();
  } catch (e) {
    usage((e as Error).message);
  }
  const tty = process.stderr.isTTY && !values.quiet;
  process.stderr.write(
    `Harvesting ${scope.categories.length} categories (${scope.source}), ${options.from}..${options.to}, from ${config.apiUrl}` +
      `${isSimulatedArxiv(config) ? " (not the real arXiv)" : ""}, one request every ${config.minIntervalMs} ms\n`,
  );
  let lastLine = 0;
  const result = await runSync(options, {
    db,
    source: createSyncSource(db, config, requestLogger(process.env.ARXIV_REQUEST_LOG)),
    scope,
    ...loadHarvestSettings(),
    policy: loadRefreshPolicy(),
    minIntervalMs: config.minIntervalMs,
    onProgress: (p) => {
      if (values.quiet) return;
      const line = renderProgressBar(p);
      if (tty) process.stderr.write(`\r\x1b[2K${line}`);
      else if (Date.now() - lastLine > 5000 || p.done + p.failed === p.total) {
        // Without a terminal, a line every few seconds keeps CI logs readable.
        lastLine = Date.now();
        process.stderr.write(`${line}\n`);
      }
    },
  });
  if (tty) process.stderr.write("\n");
  db.close();
  const took = formatDuration(Date.parse(result.run.startedAt) ? Date.now() - Date.parse(result.run.startedAt) : 0);
  if (result.failures.length === 0) {
    process.stderr.write(
      `Done: ${result.done} slices, ${result.requests} requests, ${result.papersReceived.toLocaleString("en-US")} papers listed ` +
        `(${result.papersAdded.toLocaleString("en-US")} new), nothing failed (${took}).\n`,
    );
    return 0;
  }
  process.stderr.write(`Finished with ${result.failures.length} failure(s) of ${result.planned} slices (${took}):\n`);
  const byKind = new Map<string, number>();
  for (const f of result.failures) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  for (const [kind, n] of byKind) process.stderr.write(`  ${kind}: ${n}\n`);
  for (const f of result.failures.slice(0, 20)) process.stderr.write(`  - ${f.task}: ${f.message}\n`);
  if (result.failures.length > 20) process.stderr.write(`  … and ${result.failures.length - 20} more\n`);
  process.stderr.write("Cached values were kept; run the sync again to retry what failed.\n");
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`sync failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
