// Pure assembly of a review from the store's (topic, paper) hits: each paper once, tagged with
// every topic that found it, then grouped by topic or by submission day.
import type { Paper } from "../arxiv/paper";
import type { PaperMark } from "../store/paper-marks";
import type { PaperNote } from "../store/paper-notes";
import type { ReviewGrouping } from "../store/reviews";

export interface ReviewTopicRef {
  slug: string;
  name: string;
}

export interface ReviewPaper {
  paper: Paper;
  /** Slugs of the review's topics that found the paper, in the review's topic order. */
  topics: string[];
  mark: PaperMark | null;
  notes: PaperNote[];
}

export interface ReviewGroup<P extends ReviewPaper = ReviewPaper> {
  /** A topic slug, or a GMT day "YYYY-MM-DD". */
  key: string;
  label: string;
  /** The papers listed in this group (a paper is listed once in the whole review). */
  papers: P[];
  /** Papers of the period this topic found, including those listed under an earlier topic. */
  matched: number;
}

export interface TaggedPaper {
  paper: Paper;
  topics: string[];
}

const newestFirst = (a: Paper, b: Paper) =>
  a.published === b.published ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.published < b.published ? 1 : -1;

/** One entry per paper, newest submission first, its topics in `topicOrder`. */
export function dedupePapers(hits: readonly { slug: string; paper: Paper }[], topicOrder: readonly string[]): TaggedPaper[] {
  const rank = new Map(topicOrder.map((slug, i) => [slug, i]));
  const byId = new Map<string, TaggedPaper>();
  for (const { slug, paper } of hits) {
    if (!rank.has(slug)) continue;
    const seen = byId.get(paper.id);
    if (!seen) byId.set(paper.id, { paper, topics: [slug] });
    else if (!seen.topics.includes(slug)) seen.topics.push(slug);
  }
  const tagged = [...byId.values()];
  for (const t of tagged) t.topics.sort((a, b) => rank.get(a)! - rank.get(b)!);
  return tagged.sort((a, b) => newestFirst(a.paper, b.paper));
}

/**
 * Groups papers (already newest first). By topic: one group per review topic in order, empty
 * ones included, each paper under the first of its topics. By date: one group per GMT day of
 * submission, newest day first.
 */
export function groupReviewPapers<P extends ReviewPaper>(
  papers: readonly P[],
  grouping: ReviewGrouping,
  topics: readonly ReviewTopicRef[],
): ReviewGroup<P>[] {
  if (grouping === "topic") {
    return topics.map((t) => ({
      key: t.slug,
      label: t.name,
      papers: papers.filter((p) => p.topics[0] === t.slug),
      matched: papers.filter((p) => p.topics.includes(t.slug)).length,
    }));
  }
  const days = new Map<string, P[]>();
  for (const p of papers) {
    const day = p.paper.published.slice(0, 10);
    const list = days.get(day);
    if (list) list.push(p);
    else days.set(day, [p]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([day, list]) => ({ key: day, label: day, papers: list, matched: list.length }));
}

export interface MarkTally {
  papers: number;
  read: number;
  shortlisted: number;
  dismissed: number;
  unmarked: number;
}

export function tallyMarks(papers: readonly ReviewPaper[]): MarkTally {
  const t: MarkTally = { papers: papers.length, read: 0, shortlisted: 0, dismissed: 0, unmarked: 0 };
  for (const p of papers) {
    if (p.mark) t[p.mark.mark]++;
    else t.unmarked++;
  }
  return t;
}
