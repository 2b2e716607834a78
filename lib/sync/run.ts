// Runs a sync: plans what is missing or stale, asks arXiv one request at a time (the client's
// queue paces them), and writes each answer to the store in its own transaction, so a killed
// process loses at most the request in flight.
import type { Db } from "../store/db";
import {
  beginSyncRun,
  finishSyncRun,
  getMonthlyCount,
  getTopicPapersFetchedAt,
  getTopicPaperFetch,
  putMonthlyCount,
  putTopicPapers,
  recordSyncFailure,
  updateSyncProgress,
  ensureQueryVersion,
  type SyncRun,
} from "../store";
import type { MonthKey } from "../calendar/months";
import type { Paper } from "../arxiv/paper";
import type { QueryNode } from "../arxiv/query-ast";
import type { Topic } from "../topics/catalog";
import { describeTask, planSync, type PlannedTopic, type SyncTask } from "./plan";
import type { RefreshPolicy } from "./policy";
import { estimateRemainingMs, type SyncProgress } from "./progress";
import { coverageAfterFetch, planPaperFetch } from "./paper-window";

/** What a sync needs from arXiv; `ArxivClient` provides it, tests may pass a double. */
export interface PublicationSource {
  countMonthlyPublications(query: QueryNode, month: MonthKey): Promise<number>;
  fetchLatestPapers(
    query: QueryNode,
    limit: number,
    options: { since?: string },
  ): Promise<{ papers: Paper[]; reachedSince: boolean; exhausted: boolean }>;
}

export interface SyncOptions {
  topics: Topic[];
  from: MonthKey;
  to: MonthKey;
  papersPerTopic: number;
  trigger: string;
}

export interface SyncDeps {
  db: Db;
  source: PublicationSource;
  policy: RefreshPolicy;
  minIntervalMs: number;
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
  planned: number;
  done: number;
  failures: SyncFailureSummary[];
  /** Tasks not attempted because arXiv stayed unavailable. */
  skipped: number;
}

function failureKind(e: unknown): { kind: string; transient: boolean } {
  const err = e as { kind?: unknown; transient?: unknown };
  return {
    kind: typeof err.kind === "string" ? err.kind : "internal",
    transient: err.transient === true,
  };
}

export function planFor(db: Db, options: SyncOptions, now: Date, policy: RefreshPolicy): SyncTask[] {
  const topics: PlannedTopic[] = options.topics.map((t) => ({
    slug: t.slug,
    queryVersion: ensureQueryVersion(db, t.slug, t.query, now),
    queryNode: t.queryNode,
    wantsPapers: t.part !== "baseline",
  }));
  return planSync(
    { topics, from: options.from, to: options.to, papersPerTopic: options.papersPerTopic, now, policy },
    {
      countFetchedAt: (slug, queryVersion, month) =>
        getMonthlyCount(db, { slug, queryVersion }, month)?.fetchedAt ?? null,
      papersFetchedAt: (slug, queryVersion) => getTopicPapersFetchedAt(db, slug, queryVersion),
    },
  );
}

async function runTask(task: SyncTask, deps: SyncDeps, now: () => Date): Promise<void> {
  const { db, source } = deps;
  const key = { slug: task.topic.slug, queryVersion: task.topic.queryVersion };
  if (task.kind === "papers") {
    const previous = getTopicPaperFetch(db, key.slug, key.queryVersion);
    const plan = planPaperFetch(previous, now(), deps.policy);
    const outcome = await source.fetchLatestPapers(task.topic.queryNode, task.limit, { since: plan.since });
    putTopicPapers(db, key.slug, key.queryVersion, outcome.papers, now(), coverageAfterFetch(plan, outcome, previous));
    return;
  }
  let count = await source.countMonthlyPublications(task.topic.queryNode, task.month);
  const previous = getMonthlyCount(db, key, task.month);
  if (count === 0 && previous && previous.count > 0) {
    // arXiv sometimes answers an empty result for a query that has results; a topic does not
    // lose all its papers of a month, so ask once more before believing the zero.
    count = await source.countMonthlyPublications(task.topic.queryNode, task.month);
  }
  putMonthlyCount(db, key, task.month, count, now());
}

/** Takes the store's sync lock; throws SyncAlreadyRunningError when another run holds it. */
export function beginSync(db: Db, options: SyncOptions, now = new Date()): SyncRun {
  return beginSyncRun(
    db,
    options.trigger,
    { topics: options.topics.map((t) => t.slug), from: options.from, to: options.to },
    now,
  );
}

/** Runs a sync to the end. Pass `run` from `beginSync` to learn of a held lock synchronously. */
export async function runSync(options: SyncOptions, deps: SyncDeps, begun?: SyncRun): Promise<SyncResult> {
  const now = deps.now ?? (() => new Date());
  const { db } = deps;
  const maxUnavailable = deps.maxConsecutiveUnavailable ?? 3;
  const run = begun ?? beginSync(db, options, now());
  const failures: SyncFailureSummary[] = [];
  let done = 0;
  /** Tasks that failed or were not attempted: with `done`, what the progress bar has behind it. */
  let failed = 0;
  let skipped = 0;
  let tasks: SyncTask[] = [];
  const started = now().getTime();
  const report = (currentTask: string | null) => {
    const finished = done + failed;
    const p: SyncProgress = {
      total: tasks.length,
      done,
      failed,
      etaMs: estimateRemainingMs(tasks.length - finished, deps.minIntervalMs, now().getTime() - started, finished),
      currentTask,
    };
    updateSyncProgress(db, run.id, p, now());
    deps.onProgress?.(p);
  };
  try {
    tasks = planFor(db, options, now(), deps.policy);
    report(null);
    let unavailableInARow = 0;
    for (const [i, task] of tasks.entries()) {
      if (unavailableInARow >= maxUnavailable) {
        skipped = tasks.length - i;
        failed += skipped;
        const summary = { task: `${skipped} remaining tasks`, kind: "skipped", message: `not attempted: arXiv was unavailable for ${maxUnavailable} requests in a row` };
        recordSyncFailure(db, run.id, { slug: "*", ...summary }, now());
        failures.push(summary);
        break;
      }
      const label = describeTask(task);
      report(label);
      try {
        await runTask(task, deps, now);
        done++;
        unavailableInARow = 0;
      } catch (e) {
        const { kind, transient } = failureKind(e);
        const message = e instanceof Error ? e.message : String(e);
        failed++;
        failures.push({ task: label, kind, message });
        recordSyncFailure(db, run.id, { slug: task.topic.slug, task: label, kind, message }, now());
        unavailableInARow = transient ? unavailableInARow + 1 : 0;
      }
    }
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
  return { run: finalRun, planned: tasks.length, done, failures, skipped };
}
