// Runs a sync: harvests the scope's missing or stale slices into the local index (one paged
// listing per slice, oldest first, each page stored in its own transaction), then recomputes
// every topic's matches and counts from the index for the months the harvest touched. The
// only arXiv requests are listings; counts never cost a request.
import type { Db } from "../store/db";
import {
  applyScope,
  beginSyncRun,
  countIndexedPapersBetween,
  ensureQueryVersion,
  finishSyncRun,
  isTopicComputed,
  listIndexMonths,
  putIndexedPapers,
  recomputeTopic,
  recordHarvestSlice,
  recordSyncFailure,
  updateSyncProgress,
  updateTopicsAfterHarvest,
  type IndexedTopic,
  type SyncRun,
} from "../store";
import { monthBounds, type MonthKey } from "../calendar/months";
import type { ResultPage } from "../arxiv/paper";
import type { QueryNode } from "../arxiv/query-ast";
import { withSubmittedDate } from "../arxiv/query";
import type { Topic } from "../topics/catalog";
import { scopeQuery, type IndexScope } from "../index/scope";
import { planHarvest, sliceDateRange, splitSlice, type HarvestSlice, type IndexedMonthState } from "./harvest-plan";
import type { RefreshPolicy } from "./policy";
import { estimateRemainingMs, type SyncProgress } from "./progress";

/** What a sync needs from arXiv; `ArxivClient` provides it, tests may pass a double. */
export interface PublicationSource {
  /** One page of a listing in submission order, oldest first; short pages are retried inside. */
  listPage(query: QueryNode, start: number, maxResults: number): Promise<ResultPage>;
}

export interface SyncOptions {
  /** Topics whose counts are recomputed after the harvest (the harvest itself lists the scope). */
  topics: Topic[];
  from: MonthKey;
  to: MonthKey;
  trigger: string;
}

export interface SyncDeps {
  db: Db;
  source: PublicationSource;
  policy: RefreshPolicy;
  scope: IndexScope;
  minIntervalMs: number;
  /** Entries per listing page (arXiv's maximum, 2,000, unless a test asks for less). */
  pageSize?: number;
  /** A slice whose total exceeds this is split in two; far below arXiv's 30,000 per query. */
  maxSliceResults?: number;
  now?: () => Date;
  onProgress?: (p: SyncProgress) => void;
  /** Stop after this many consecutive "arXiv unavailable" failures: the rest would fail too. */
  maxConsecutiveUnavailable?: number;
}

export interface SyncFailureSummary {
  task: string;
  kind: string;
  message: string;
}

export interface SyncResult {
  run: SyncRun;
  /** Slices planned (split halves included). */
  planned: number;
  done: number;
  failures: SyncFailureSummary[];
  /** Slices not attempted because arXiv stayed unavailable. */
  skipped: number;
  /** Listing pages asked (retries not included). */
  requests: number;
  /** Papers received from arXiv, and how many of them were new to the index. */
  papersReceived: number;
  papersAdded: number;
}

export const DEFAULT_MAX_SLICE_RESULTS = 20_000;

/**
 * A slice shorter than this that arXiv says is empty is believed (a quiet weekend at a small
 * scope); a longer one is asked again, and never recorded as complete while it says zero.
 */
const BELIEVABLE_EMPTY_MS = 7 * 86_400_000;

function failureKind(e: unknown): { kind: string; transient: boolean } {
  const err = e as { kind?: unknown; transient?: unknown };
  return {
    kind: typeof err.kind === "string" ? err.kind : "internal",
    transient: err.transient === true,
  };
}

export function describeSlice(s: HarvestSlice): string {
  const day = (d: Date) => d.toISOString().slice(5, 16).replace("T", " ");
  const whole = s.from.getTime() === monthBounds(s.month).start.getTime() && s.reason === "new";
  return whole ? `${s.month}` : `${s.month} (${day(s.from)} to ${day(s.to)} GMT, ${s.reason})`;
}

class SuspectEmptyError extends Error {
  readonly kind = "suspect-empty";
  readonly transient = false;
}

interface SliceResult {
  complete: boolean;
  requests: number;
  received: number;
  added: number;
  /** Set when the slice was too large and was split instead of listed. */
  split?: [HarvestSlice, HarvestSlice];
}

/** Lists one slice page by page; stores every page as it comes. */
async function harvestSlice(
  slice: HarvestSlice,
  deps: SyncDeps,
  now: () => Date,
  onPage: (received: number, total: number) => void,
): Promise<SliceResult> {
  const { db, source, scope } = deps;
  const pageSize = deps.pageSize ?? 2000;
  const query = withSubmittedDate(scopeQuery(scope), sliceDateRange(slice));
  const received = new Set<string>();
  let requests = 0;
  let added = 0;
  let total = 0;
  for (let start = 0; ; ) {
    let page = await source.listPage(query, start, pageSize);
    requests++;
    const held = start === 0 && page.totalResults === 0 ? countIndexedPapersBetween(db, slice.from.toISOString(), slice.to.toISOString()) : 0;
    if (start === 0 && page.totalResults === 0 && (slice.to.getTime() - slice.from.getTime() >= BELIEVABLE_EMPTY_MS || held > 0)) {
      // arXiv sometimes answers "no results" for a query that has them; ask once more, and
      // never let a zero that contradicts what is known complete the slice.
      page = await source.listPage(query, start, pageSize);
      requests++;
      if (page.totalResults === 0) {
        throw new SuspectEmptyError(
          `arXiv answered 0 papers twice for ${sliceDateRange(slice).from}..${sliceDateRange(slice).to}` +
            (held > 0 ? ` although the index holds ${held} there` : ", which a slice of a week or more never is") +
            "; kept what was stored, will ask again",
        );
      }
    }
    if (start === 0 && page.totalResults > (deps.maxSliceResults ?? DEFAULT_MAX_SLICE_RESULTS)) {
      const halves = splitSlice(slice);
      if (halves) {
        added += putIndexedPapers(db, page.papers, now(), scope);
        return { complete: false, requests, received: page.papers.length, added, split: halves };
      }
    }
    total = page.totalResults;
    added += putIndexedPapers(db, page.papers, now(), scope);
    for (const p of page.papers) received.add(p.id);
    start += page.papers.length;
    onPage(received.size, total);
    if (start >= total || page.papers.length === 0) break;
  }
  // Complete only when what was stored is exactly what arXiv says the slice holds.
  return { complete: received.size === total, requests, received: received.size, added };
}

/** Takes the store's sync lock; throws SyncAlreadyRunningError when another run holds it. */
export function beginSync(db: Db, options: SyncOptions, now = new Date()): SyncRun {
  return beginSyncRun(db, options.trigger, { topics: options.topics.map((t) => t.slug), from: options.from, to: options.to }, now);
}

export function planFor(db: Db, options: SyncOptions, scope: IndexScope, now: Date, policy: RefreshPolicy): HarvestSlice[] {
  const known = new Map<MonthKey, IndexedMonthState>(listIndexMonths(db, options.from, options.to).map((m) => [m.month, m]));
  return planHarvest({ from: options.from, to: options.to, now, scopeKey: scope.key, policy }, known);
}

/**
 * Brings every topic's counts up to date with the index after `touched` months changed: a
 * query version never computed gets its whole history. With `changedSince` (a harvest: the
 * papers it stored carry a later fetched_at) the others re-match only those papers; without it
 * (a snapshot or bulk import, whose papers keep their original fetch times) they are matched
 * again in full.
 */
export function recomputeTopics(db: Db, topics: readonly Topic[], touched: readonly MonthKey[], now: Date, changedSince?: string): void {
  const incremental: IndexedTopic[] = [];
  for (const t of topics) {
    const key = { slug: t.slug, queryVersion: ensureQueryVersion(db, t.slug, t.query, now) };
    const topic = { ...key, queryNode: t.queryNode, wholeScope: t.part === "baseline" };
    if (!isTopicComputed(db, key) || (touched.length > 0 && changedSince === undefined)) recomputeTopic(db, topic, now);
    else incremental.push(topic);
  }
  if (changedSince !== undefined && incremental.length > 0 && touched.length > 0) updateTopicsAfterHarvest(db, incremental, changedSince, touched, now);
}

/** Runs a sync to the end. Pass `run` from `beginSync` to learn of a held lock synchronously. */
export async function runSync(options: SyncOptions, deps: SyncDeps, begun?: SyncRun): Promise<SyncResult> {
  const now = deps.now ?? (() => new Date());
  const { db, scope } = deps;
  const maxUnavailable = deps.maxConsecutiveUnavailable ?? 3;
  const run = begun ?? beginSync(db, options, now());
  const failures: SyncFailureSummary[] = [];
  let done = 0;
  let failed = 0;
  let skipped = 0;
  let requests = 0;
  let papersReceived = 0;
  let papersAdded = 0;
  let queue: HarvestSlice[] = [];
  let planned = 0;
  const touched = new Set<MonthKey>();
  const started = now().getTime();
  const report = (currentTask: string | null) => {
    const finished = done + failed;
    const p: SyncProgress = {
      total: planned,
      done,
      failed,
      etaMs: estimateRemainingMs(planned - finished, deps.minIntervalMs, now().getTime() - started, finished),
      currentTask,
    };
    updateSyncProgress(db, run.id, p, now());
    deps.onProgress?.(p);
  };
  const fail = (task: string, slug: string, e: unknown) => {
    const { kind } = failureKind(e);
    const message = e instanceof Error ? e.message : String(e);
    failures.push({ task, kind, message });
    recordSyncFailure(db, run.id, { slug, task, kind, message }, now());
  };
  // Papers stored by this run carry a fetched_at from here on: what the topics re-match.
  const runStartedAt = now().toISOString();
  try {
    // A new scope changes which papers count: every topic is matched again in full.
    if (applyScope(db, scope)) db.prepare("DELETE FROM topic_index_versions").run();
    queue = planFor(db, options, scope, now(), deps.policy);
    planned = queue.length;
    report(null);
    let unavailableInARow = 0;
    while (queue.length > 0) {
      const slice = queue.shift() as HarvestSlice;
      if (unavailableInARow >= maxUnavailable) {
        skipped = queue.length + 1;
        failed += skipped;
        const summary = { task: `${skipped} remaining slices`, kind: "skipped", message: `not attempted: arXiv was unavailable for ${maxUnavailable} requests in a row` };
        recordSyncFailure(db, run.id, { slug: "*", ...summary }, now());
        failures.push(summary);
        break;
      }
      const label = describeSlice(slice);
      report(label);
      const base = { month: slice.month, scopeKey: scope.key, from: slice.from.toISOString(), to: slice.to.toISOString(), settles: slice.settles };
      const monthStart = monthBounds(slice.month).start.toISOString();
      try {
        const result = await harvestSlice(slice, deps, now, (got, total) =>
          report(`${label} · ${got.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} papers`),
        );
        requests += result.requests;
        papersReceived += result.received;
        papersAdded += result.added;
        touched.add(slice.month);
        unavailableInARow = 0;
        if (result.split) {
          queue.unshift(...result.split);
          planned += 1; // one slice became two
          recordHarvestSlice(db, { ...base, complete: false, requests: result.requests, at: now() }, monthStart);
          continue;
        }
        const error = result.complete ? undefined : `listed ${result.received} papers but arXiv's total changed while paging; will list again`;
        recordHarvestSlice(db, { ...base, complete: result.complete, requests: result.requests, at: now(), error }, monthStart);
        if (result.complete) done++;
        else {
          failed++;
          fail(label, "*", new Error(error));
        }
      } catch (e) {
        failed++;
        const { transient } = failureKind(e);
        recordHarvestSlice(db, { ...base, complete: false, requests: 0, at: now(), error: e instanceof Error ? e.message : String(e) }, monthStart);
        fail(label, "*", e);
        unavailableInARow = transient ? unavailableInARow + 1 : 0;
      }
    }
    report("computing topic counts from the index");
    recomputeTopics(db, options.topics, [...touched], now(), runStartedAt);
    report(null);
    finishSyncRun(db, run.id, failures.length ? "failed" : "succeeded", now());
  } catch (e) {
    // An error of our own (store, plan): record it so the status line shows why the run ended.
    const message = e instanceof Error ? e.message : String(e);
    recordSyncFailure(db, run.id, { slug: "*", task: "sync", kind: "internal", message }, now());
    finishSyncRun(db, run.id, "failed", now());
    throw e;
  }
  const finalRun = { ...run, status: failures.length ? ("failed" as const) : ("succeeded" as const) };
  return { run: finalRun, planned, done, failures, skipped, requests, papersReceived, papersAdded };
}
