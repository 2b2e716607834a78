// A live review read from the store: the period's new papers across the chosen topics, with
// the team's current marks and notes, and an honest word on what the cache covers.
import type { Db } from "../store/db";
import { getPaperMarks } from "../store/paper-marks";
import { getPaperNotes } from "../store/paper-notes";
import { getTopicPaperCoverage, listTopicPapersPublishedBetween } from "../store/period-papers";
import { latestReviewedUntil, type ReviewGrouping, type SavedReviewTopic } from "../store/reviews";
import { resolveTopics, type ResolvedTopic } from "../topics/resolve";
import { assessCoverage, type TopicCoverage } from "./coverage";
import { resolveReviewPeriod, type PeriodRequest, type ReviewPeriod, type ReviewPeriodSource } from "./period";
import { dedupePapers, groupReviewPapers, tallyMarks, type MarkTally, type ReviewGroup, type ReviewPaper } from "./select";

export const MAX_REVIEW_TOPICS = 60;

export class ReviewTopicsError extends Error {
  override readonly name = "ReviewTopicsError";
}

export interface ReviewRequest extends PeriodRequest {
  /** Topic slugs; default: every roadmap topic and every custom topic not archived. */
  topics?: readonly string[];
  grouping?: ReviewGrouping;
}

export interface ReviewView {
  period: ReviewPeriod;
  periodSource: ReviewPeriodSource;
  grouping: ReviewGrouping;
  topics: SavedReviewTopic[];
  coverage: TopicCoverage[];
  groups: ReviewGroup[];
  tally: MarkTally;
}

/** The review's topics, in the order asked; unknown slugs and the baseline are UnknownTopicsError. */
export function resolveReviewTopics(db: Db, slugs: readonly string[] | undefined): ResolvedTopic[] {
  if (slugs && new Set(slugs).size > MAX_REVIEW_TOPICS) throw new ReviewTopicsError(`a review covers at most ${MAX_REVIEW_TOPICS} topics`);
  return resolveTopics(db, slugs);
}

/** What a saved review keeps of each topic: the query version its papers belong to. */
export function reviewTopicRef(t: ResolvedTopic): SavedReviewTopic {
  return { slug: t.slug, name: t.name, queryVersion: t.queryVersion };
}

/** The papers of `topics` submitted in `period`, each once, with current marks and notes. */
export function readReviewPapers(
  db: Db,
  topics: readonly ResolvedTopic[],
  period: ReviewPeriod,
): { topics: SavedReviewTopic[]; papers: ReviewPaper[]; coverage: TopicCoverage[] } {
  const refs = topics.map(reviewTopicRef);
  const keys = refs.flatMap((r) => (r.queryVersion === null ? [] : [{ slug: r.slug, queryVersion: r.queryVersion }]));
  const hits = listTopicPapersPublishedBetween(db, keys, period.from, period.to);
  const tagged = dedupePapers(hits, refs.map((r) => r.slug));
  const ids = tagged.map((t) => t.paper.id);
  const marks = getPaperMarks(db, ids);
  const notes = getPaperNotes(db, ids);
  const papers = tagged.map((t) => ({ ...t, mark: marks.get(t.paper.id) ?? null, notes: notes.get(t.paper.id) ?? [] }));
  const coverage = refs.map((r) =>
    assessCoverage(r.slug, r.queryVersion === null ? null : getTopicPaperCoverage(db, { slug: r.slug, queryVersion: r.queryVersion }), period),
  );
  return { topics: refs, papers, coverage };
}

export function readLiveReview(db: Db, request: ReviewRequest, now: Date): ReviewView {
  const topicRecords = resolveReviewTopics(db, request.topics);
  const { period, source } = resolveReviewPeriod(request, latestReviewedUntil(db), now);
  const grouping = request.grouping ?? "topic";
  const { topics, papers, coverage } = readReviewPapers(db, topicRecords, period);
  return {
    period,
    periodSource: source,
    grouping,
    topics,
    coverage,
    groups: groupReviewPapers(papers, grouping, topics),
    tally: tallyMarks(papers),
  };
}
