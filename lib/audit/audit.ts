// The audit: the only per-query counting left. Through the same paced queue as the harvest, it
// asks arXiv's totalResults for the whole scope per month (index completeness) and for each
// topic's query inside the scope in a sample of months (agreement of local matching with
// arXiv's search engine), and stores both beside the local counts.
import type { Db } from "../store/db";
import { WHOLE_SCOPE, ensureQueryVersion, putAuditCount } from "../store";
import type { MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import type { Topic } from "../topics/catalog";
import { recomputeTopics } from "../sync/run";
import { scopeQuery, type IndexScope } from "../index/scope";
import { MAX_QUERY_LENGTH, renderQuery } from "../arxiv/query";

/** Room a month's submittedDate clause takes: " AND submittedDate:[… TO …]" and parentheses. */
const AUDIT_DATE_ROOM = 60;

/** What the audit needs from arXiv; `ArxivClient` (through createSyncSource) provides it. */
export interface CountSource {
  countMonthlyPublications(query: QueryNode, month: MonthKey): Promise<number>;
}

export interface AuditPlan {
  /** Months whose whole-scope total is asked. */
  scopeMonths: MonthKey[];
  /** Topics (baselines excluded: they are the whole scope) and the months they are asked for. */
  topics: Topic[];
  topicMonths: MonthKey[];
}

export interface AuditDeps {
  db: Db;
  source: CountSource;
  scope: IndexScope;
  now?: () => Date;
  onProgress?: (done: number, total: number, task: string) => void;
  /** Stop after this many failed asks in a row: arXiv is down and the rest would fail too. */
  maxConsecutiveFailures?: number;
}

export interface AuditOutcome {
  asked: number;
  /** arXiv requests, second asks of a zero included. */
  requests: number;
  suspect: number;
  failures: { task: string; message: string }[];
}

function localScopeCount(db: Db, month: MonthKey): number {
  return db.prepare("SELECT COUNT(*) FROM papers WHERE month = ? AND in_scope = 1").pluck().get(month) as number;
}

function localTopicCount(db: Db, slug: string, version: number, month: MonthKey): number {
  return db.prepare("SELECT COUNT(*) FROM topic_papers WHERE slug = ? AND query_version = ? AND month = ?").pluck().get(slug, version, month) as number;
}

export async function runAudit(plan: AuditPlan, deps: AuditDeps): Promise<AuditOutcome> {
  const { db, source, scope } = deps;
  const now = deps.now ?? (() => new Date());
  const maxFailures = deps.maxConsecutiveFailures ?? 3;
  const scopeNode = scopeQuery(scope);
  const topics = plan.topics.filter((t) => t.part !== "baseline");
  // Local counts must be of the current query versions, computed over the whole index.
  recomputeTopics(db, topics, [], now());
  const cells: { task: string; slug: string; version: number | null; query: QueryNode; month: MonthKey; local: () => number }[] = [
    ...plan.scopeMonths.map((month) => ({ task: `scope ${month}`, slug: WHOLE_SCOPE, version: null, query: scopeNode, month, local: () => localScopeCount(db, month) })),
    ...topics.flatMap((t) => {
      const version = ensureQueryVersion(db, t.slug, t.query, now());
      // Inside the scope, as the index counts: otherwise a query without a cat: term would
      // be compared with all of arXiv. A long topic query leaves no room for the 45-category
      // scope clause within arXiv's query length: it is asked alone, and says so, since
      // arXiv's count then includes matches outside the scope (agreement reads low).
      const scoped: QueryNode = { kind: "and", operands: [t.queryNode, scopeNode] };
      const fits = renderQuery(scoped).length <= MAX_QUERY_LENGTH - AUDIT_DATE_ROOM;
      const query = fits ? scoped : t.queryNode;
      const task = (month: MonthKey) => `${t.slug} ${month}${fits ? "" : " (scope clause left out: query too long)"}`;
      return plan.topicMonths.map((month) => ({ task: task(month), slug: t.slug, version, query, month, local: () => localTopicCount(db, t.slug, version, month) }));
    }),
  ];
  const out: AuditOutcome = { asked: 0, requests: 0, suspect: 0, failures: [] };
  let failedInRow = 0;
  for (const [k, cell] of cells.entries()) {
    if (failedInRow >= maxFailures) {
      out.failures.push({ task: `${cells.length - k} remaining`, message: `not asked: arXiv failed ${maxFailures} times in a row` });
      break;
    }
    deps.onProgress?.(k, cells.length, cell.task);
    try {
      let total = await source.countMonthlyPublications(cell.query, cell.month);
      out.requests++;
      let local = cell.local();
      let suspect = false;
      if (total === 0 && local > 0) {
        // arXiv sometimes answers "no results" for a query that has them: ask again first.
        total = await source.countMonthlyPublications(cell.query, cell.month);
        out.requests++;
        local = cell.local();
        suspect = total === 0;
      }
      putAuditCount(db, { month: cell.month, slug: cell.slug, queryVersion: cell.version, arxivTotal: total, localCount: local, askedAt: now().toISOString(), suspect });
      out.asked++;
      if (suspect) out.suspect++;
      failedInRow = 0;
    } catch (e) {
      failedInRow++;
      out.failures.push({ task: cell.task, message: e instanceof Error ? e.message : String(e) });
    }
  }
  deps.onProgress?.(cells.length, cells.length, "done");
  return out;
}
