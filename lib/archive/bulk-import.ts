// Fills the index from arXiv's bulk metadata dump without a single arXiv request: streams the
// (multi-GB, possibly gzip'd) file, keeps papers in scope, stores them in big transactions and,
// once the whole file was read, records the months the dump covers as listed, so the next sync
// only tops up what came after the dump.
//
// What "covers a month" means: the dump holds every paper announced before it was made, and its
// newest version-1 date D is (to within the announcement cycle) the instant up to which every
// submission was announced. Months that ended by D are complete; they are also settled when
// D is at least SYNC_SETTLE_DAYS past their end (late announcements are in). The month holding
// D is complete up to D, and the sync lists it from there (reaching back the settle days).
import type { Db } from "../store/db";
import { applyScope, createIndexedPaperWriter } from "../store/index-papers";
import { mergeIndexMonth } from "../store/index-months";
import { monthBounds, monthOf, monthRange, type MonthKey } from "../calendar/months";
import { floorToMinute } from "../sync/harvest-plan";
import type { Paper } from "../arxiv/paper";
import type { IndexScope } from "../index/scope";
import { openMaybeGzip, readLines } from "./line-reader";
import { METADATA_LIMITS, parseMetadataLine, type SkipReason } from "./arxiv-metadata";

export interface BulkImportOptions {
  scope: IndexScope;
  /** Only papers first submitted in this month or later (and only these months are recorded). */
  from?: MonthKey;
  settleMs: number;
  now: Date;
  /** Papers per transaction. */
  batchSize?: number;
  onProgress?: (p: BulkImportProgress) => void;
}

export interface BulkImportProgress {
  lines: number;
  bytesRead: number;
  kept: number;
  skipped: number;
}

export interface CoveredMonth {
  month: MonthKey;
  completeTo: string;
  settled: boolean;
}

export interface BulkImportResult {
  lines: number;
  /** Papers in scope, and how many of them were new to the store / replaced an older version (a stored copy of the same version is kept). */
  inScope: number;
  added: number;
  replaced: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** The first few skipped lines of each reason, with their line numbers (out of scope is not listed). */
  examples: { line: number; reason: SkipReason; detail: string }[];
  /** The newest version-1 date in the dump: how far it reaches. */
  newestV1: string | null;
  covered: CoveredMonth[];
  touchedMonths: MonthKey[];
}

/** Which months a dump reaching `newestV1Ms` lists, from `first` on. Pure. */
export function coveredMonths(first: MonthKey, newestV1Ms: number, settleMs: number): CoveredMonth[] {
  const reach = floorToMinute(newestV1Ms);
  const last = monthOf(new Date(reach));
  if (first > last) return [];
  return monthRange(first, last).map((month) => {
    const end = monthBounds(month).end.getTime();
    return { month, completeTo: new Date(Math.min(end, reach)).toISOString(), settled: reach >= end + settleMs };
  });
}

const EXAMPLES_PER_REASON = 5;

export async function importArxivMetadata(db: Db, file: string, o: BulkImportOptions): Promise<BulkImportResult> {
  const batchSize = o.batchSize ?? 5000;
  const inScope = new Set(o.scope.categories);
  const fromIso = o.from ? monthBounds(o.from).start.toISOString() : "";
  let bytesRead = 0;
  const r: BulkImportResult = { lines: 0, inScope: 0, added: 0, replaced: 0, skipped: {}, examples: [], newestV1: null, covered: [], touchedMonths: [] };
  const touched = new Set<MonthKey>();
  let newestMs = -Infinity;
  let oldestKeptMs = Infinity;
  let skippedTotal = 0;
  const skip = (line: number, reason: SkipReason, detail: string) => {
    r.skipped[reason] = (r.skipped[reason] ?? 0) + 1;
    skippedTotal++;
    if (reason !== "out of scope" && reason !== "before --from" && (r.skipped[reason] ?? 0) <= EXAMPLES_PER_REASON) r.examples.push({ line, reason, detail });
  };
  applyScope(db, o.scope);
  const at = o.now.toISOString();
  let batch: Paper[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const papers = batch;
    batch = [];
    db.transaction(() => {
      const writer = createIndexedPaperWriter(db, o.scope, "never");
      for (const p of papers) {
        const outcome = writer.put(p, at);
        if (outcome !== "kept") {
          r[outcome]++;
          touched.add(p.published.slice(0, 7) as MonthKey);
        }
      }
    }).immediate();
  };
  let lastReport = 0;
  // A bigger page cache keeps the indexes' pages in memory across batches (restored below).
  const cacheBefore = db.pragma("cache_size", { simple: true }) as number;
  db.pragma("cache_size = -262144");
  try {
    for await (const line of readLines(openMaybeGzip(file, (n) => (bytesRead += n)), METADATA_LIMITS.lineBytes)) {
      r.lines++;
      if (line.kind === "too-long") {
        skip(line.number, "line too long", `${line.bytes} bytes`);
        continue;
      }
      const parsed = parseMetadataLine(line.text, (cats) => cats.some((c) => inScope.has(c)));
      if (parsed.v1Ms !== undefined && parsed.v1Ms > newestMs) newestMs = parsed.v1Ms;
      if (!parsed.ok) {
        skip(line.number, parsed.reason, parsed.detail);
        continue;
      }
      if (parsed.paper.published < fromIso) {
        skip(line.number, "before --from", parsed.paper.id);
        continue;
      }
      r.inScope++;
      oldestKeptMs = Math.min(oldestKeptMs, parsed.v1Ms);
      batch.push(parsed.paper);
      if (batch.length >= batchSize) flush();
      if (o.onProgress && r.lines - lastReport >= 50_000) {
        lastReport = r.lines;
        o.onProgress({ lines: r.lines, bytesRead, kept: r.inScope, skipped: skippedTotal });
      }
    }
    flush();
  } finally {
    db.pragma(`cache_size = ${cacheBefore}`);
  }
  o.onProgress?.({ lines: r.lines, bytesRead, kept: r.inScope, skipped: skippedTotal });
  // Reached only when the whole file was read (a cut gzip stream throws above): a partial read
  // must never mark months as listed.
  if (Number.isFinite(newestMs)) {
    r.newestV1 = new Date(newestMs).toISOString();
    const first = o.from ?? (Number.isFinite(oldestKeptMs) ? monthOf(new Date(oldestKeptMs)) : null);
    if (first) r.covered = coveredMonths(first, newestMs, o.settleMs);
    db.transaction(() => {
      for (const c of r.covered) {
        mergeIndexMonth(db, { month: c.month, scopeKey: o.scope.key, completeTo: c.completeTo, harvestedAt: r.newestV1!, settled: c.settled, requests: 0, lastError: null }, o.scope.key);
        touched.add(c.month);
      }
    }).immediate();
  }
  r.touchedMonths = [...touched].sort();
  return r;
}
