// Gathers what the Markdown report of a review shows: each topic's momentum (from the counts of
// the query version the review read) as of the end of the review's period.
import type { Db } from "../store/db";
import { getMonthlyCounts } from "../store/counts";
import type { SavedReviewTopic } from "../store/reviews";
import { addMonths, lastFullMonth } from "../calendar/months";
import { computeTopicMomentum, type TopicMomentum } from "../metrics";
import type { ReviewReportInput } from "./review-report";
import type { TopicCoverage } from "../reviews/coverage";
import type { MarkTally, ReviewGroup, ReviewPaper } from "../reviews/select";

// Momentum needs 15 months before the reference one (12 baseline + 3 recent) plus a year for
// year-on-year of the trailing three; 27 covers every metric.
const MOMENTUM_MONTHS = 27;

export function topicMomentumAsOf(db: Db, topic: SavedReviewTopic, asOf: Date): TopicMomentum | null {
  if (topic.queryVersion === null) return null;
  const to = lastFullMonth(asOf);
  const counts = getMonthlyCounts(db, { slug: topic.slug, queryVersion: topic.queryVersion }, addMonths(to, -MOMENTUM_MONTHS), to);
  if (counts.size === 0) return null;
  return computeTopicMomentum([...counts.values()], asOf);
}

export interface ReportableReview {
  title: string;
  period: { from: string; to: string };
  saved?: { at: string; by: string | null } | null;
  topics: SavedReviewTopic[];
  coverage: TopicCoverage[];
  groups: ReviewGroup[];
  tally: MarkTally;
}

export function reviewReportInput(db: Db, review: ReportableReview, now: Date): ReviewReportInput {
  const papers: ReviewPaper[] = review.groups.flatMap((g) => g.papers);
  const end = new Date(review.period.to);
  const asOf = end.getTime() < now.getTime() ? end : now;
  return {
    title: review.title,
    period: review.period,
    saved: review.saved ?? null,
    generatedAt: now.toISOString(),
    topics: review.topics.map((t) => ({
      ...t,
      papers: papers.filter((p) => p.topics.includes(t.slug)).length,
      momentum: topicMomentumAsOf(db, t, asOf),
    })),
    coverage: review.coverage,
    tally: review.tally,
    topicNames: new Map(review.topics.map((t) => [t.slug, t.name])),
    shortlisted: papers.filter((p) => p.mark?.mark === "shortlisted"),
  };
}
