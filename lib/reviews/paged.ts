// The live review at real volume: a summary (tallies, groups, filter choices, all from SQL) and
// pages of papers in a stable order, so /review never ships the whole period at once.
import { z } from "zod";
import type { Db } from "../store/db";
import { getPaperMarks } from "../store/paper-marks";
import { getPaperNotes } from "../store/paper-notes";
import { getTopicPaperCoverage } from "../store/period-papers";
import { toPaper, type PaperRow } from "../store/papers";
import { latestReviewedUntil, type ReviewGrouping, type SavedReviewTopic } from "../store/reviews";
import { latestChangeSeq } from "../store/review-changes";
import {
  countReviewPapers,
  listReviewPage,
  listReviewPaperIds,
  type MarkFilter,
  type PageKey,
  type ReviewOrder,
  type ReviewPaperFilter,
  type ReviewScope,
} from "../store/review-pages";
import { assessCoverage, type TopicCoverage } from "./coverage";
import { resolveReviewTopics, reviewTopicRef, type ReviewRequest } from "./build";
import { resolveReviewPeriod, type ReviewPeriod, type ReviewPeriodSource } from "./period";
import type { MarkTally, ReviewPaper } from "./select";
import type { TermWeight } from "./ranking/explain";
import { readTeamRanking } from "./ranking/store-ranking";

export type { MarkFilter, ReviewOrder, ReviewPaperFilter } from "../store/review-pages";

export const FIRST_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface PagedReviewRequest extends ReviewRequest {
  filter?: ReviewPaperFilter;
  /** "team": the ranking by the team's marks; otherwise the grouping's order. */
  rank?: "team";
}

export interface ReviewGroupSize {
  key: string;
  label: string;
  /** Papers listed under this group with the filter applied. */
  listed: number;
  /** By topic: papers of the period the topic found (some listed under an earlier topic). */
  matched: number;
}

export type RankingStatus =
  | { status: "ready"; positives: number; negatives: number; markSeq: number; trainedMs: number }
  | { status: "too-few-marks"; positives: number; negatives: number; needed: number };

export interface ReviewSummary {
  period: ReviewPeriod;
  periodSource: ReviewPeriodSource;
  grouping: ReviewGrouping;
  order: ReviewOrder;
  topics: SavedReviewTopic[];
  coverage: TopicCoverage[];
  tally: MarkTally;
  /** Papers passing the filter. */
  shown: number;
  groups: ReviewGroupSize[];
  categories: { category: string; papers: number }[];
  multiTopic: number;
  /** The change log's sequence when read: poll /api/marks/changes from here. */
  changeCursor: number;
  /** Only when the team order is asked for. */
  ranking: RankingStatus | null;
}

export interface PagedReviewPaper extends ReviewPaper {
  /** The group (topic slug or GMT day) the paper is listed under; "" in the team order. */
  group: string;
  /** Team order only: the model's score and the terms that weigh most in it. */
  score?: number;
  why?: TermWeight[];
}

export interface ReviewPage {
  papers: PagedReviewPaper[];
  /** Cursor of the next page, null at the end. */
  next: string | null;
}

interface Resolved {
  period: ReviewPeriod;
  periodSource: ReviewPeriodSource;
  grouping: ReviewGrouping;
  order: ReviewOrder;
  refs: SavedReviewTopic[];
  scope: ReviewScope;
}

function resolve(db: Db, request: PagedReviewRequest, now: Date, period?: ReviewPeriod): Resolved {
  const topics = resolveReviewTopics(db, request.topics);
  const resolved = period ? { period, source: "requested" as const } : resolveReviewPeriod(request, latestReviewedUntil(db), now);
  const grouping = request.grouping ?? "topic";
  const refs = topics.map(reviewTopicRef);
  // Topics never computed have no papers; they stay in `refs` for the coverage warnings.
  const keys = refs.flatMap((r) => (r.queryVersion === null ? [] : [{ slug: r.slug, queryVersion: r.queryVersion }]));
  return {
    period: resolved.period,
    periodSource: resolved.source,
    grouping,
    order: request.rank === "team" ? "team" : grouping,
    refs,
    scope: { keys, from: resolved.period.from, to: resolved.period.to },
  };
}

const periodKey = (r: Resolved) => `${r.period.from}|${r.period.to}|${r.scope.keys.map((k) => `${k.slug}@${k.queryVersion}`).join(",")}`;

async function rankingStatus(db: Db, r: Resolved, pinnedSeq?: number) {
  const cached = await readTeamRanking(db, periodKey(r), listReviewPaperIds(db, r.scope), pinnedSeq);
  const status: RankingStatus =
    cached.ranking.status === "ready"
      ? { status: "ready", positives: cached.ranking.positives, negatives: cached.ranking.negatives, markSeq: cached.markSeq, trainedMs: cached.trainedMs }
      : cached.ranking;
  return { cached, status };
}

export async function readReviewSummary(db: Db, request: PagedReviewRequest, now: Date): Promise<ReviewSummary> {
  const r = resolve(db, request, now);
  // Trained first (it yields to other requests); the counts are then read in one go.
  const ranking = r.order === "team" ? (await rankingStatus(db, r)).status : null;
  const counts = countReviewPapers(db, r.scope, request.filter ?? {});
  const posOf = new Map(r.scope.keys.map((k, i) => [k.slug, i]));
  const groups: ReviewGroupSize[] =
    r.grouping === "topic"
      ? r.refs.map((t) => {
          const pos = posOf.get(t.slug);
          const g = pos === undefined ? undefined : counts.topicGroups[pos];
          return { key: t.slug, label: t.name, listed: g?.listed ?? 0, matched: g?.matched ?? 0 };
        })
      : counts.dayGroups.map((d) => ({ key: d.day, label: d.day, listed: d.listed, matched: d.listed }));
  return {
    period: r.period,
    periodSource: r.periodSource,
    grouping: r.grouping,
    order: r.order,
    topics: r.refs,
    coverage: r.refs.map((t) =>
      assessCoverage(t.slug, t.queryVersion === null ? null : getTopicPaperCoverage(db, { slug: t.slug, queryVersion: t.queryVersion }), r.period),
    ),
    tally: counts.tally,
    shown: counts.shown,
    groups,
    categories: counts.categories,
    multiTopic: counts.multiTopic,
    changeCursor: latestChangeSeq(db),
    ranking,
  };
}

/** What a cursor carries: where the last page ended, the period it was read for, the model. */
const cursorSchema = z.object({
  k: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  from: z.string().max(40),
  to: z.string().max(40),
  m: z.number().int().optional(),
});
type Cursor = z.infer<typeof cursorSchema>;

export class ReviewCursorError extends Error {
  override readonly name = "ReviewCursorError";
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(s: string): Cursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(s, "base64url").toString("utf8")));
  } catch {
    throw new ReviewCursorError("the page cursor is not one this server gave");
  }
}

/** One page of the review's papers after `after` (a cursor from the previous page, or null). */
export async function readReviewPage(db: Db, request: PagedReviewRequest, after: string | null, limit: number, now: Date): Promise<ReviewPage> {
  const cursor = after === null ? null : decodeCursor(after);
  const r = resolve(db, request, now, cursor ? { from: cursor.from, to: cursor.to } : undefined);
  let ranking: Awaited<ReturnType<typeof rankingStatus>>["cached"] | null = null;
  let order = r.order;
  if (order === "team") {
    ranking = (await rankingStatus(db, r, cursor?.m)).cached;
    // Too few marks: newest first, as the summary says.
    if (ranking.ranking.status !== "ready") order = "date";
  }
  const { rows, hasMore } = listReviewPage(db, r.scope, request.filter ?? {}, order, cursor ? (cursor.k as PageKey) : null, limit, ranking?.ranks ?? null);
  const ids = rows.map((row) => row.paperId);
  const paperRows = new Map(
    (db.prepare("SELECT * FROM papers WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as PaperRow[]).map((p) => [p.id, p]),
  );
  const marks = getPaperMarks(db, ids);
  const notes = getPaperNotes(db, ids);
  const papers = rows.map((row): PagedReviewPaper => {
    const paper = toPaper(paperRows.get(row.paperId)!);
    const explained = ranking?.byId.get(row.paperId);
    return {
      paper,
      topics: row.topics,
      mark: marks.get(row.paperId) ?? null,
      notes: notes.get(row.paperId) ?? [],
      group: order === "topic" ? (row.topics[0] ?? "") : order === "date" ? paper.published.slice(0, 10) : "",
      ...(explained ? { score: explained.score, why: explained.terms } : {}),
    };
  });
  const last = rows.at(-1);
  return {
    papers,
    next: hasMore && last ? encodeCursor({ k: [...last.key], from: r.period.from, to: r.period.to, ...(ranking ? { m: ranking.markSeq } : {}) }) : null,
  };
}

export const markFilterValues = ["all", "unmarked", "marked", "read", "shortlisted", "dismissed"] as const satisfies readonly MarkFilter[];
