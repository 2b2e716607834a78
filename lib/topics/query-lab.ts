// The query lab: a draft query beside a topic's current one over the local index, month by
// month, with the papers it would gain or lose and how readers labelled them. Nothing is stored.
import type { Db } from "../store/db";
import { getCachedPaper, listTopicLabels, inScopePapersBySeq, listIndexMonths, type VersionedTopicLabel } from "../store";
import { matchingSeqs } from "../store/term-cache";
import { union } from "../index/seq-sets";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import { addMonths, lastFullMonth, monthRange, type MonthKey } from "../calendar/months";
import type { Paper } from "../arxiv/paper";
import { diffQueryMatches, LAB_PAGE_SIZE, type QueryDiffMonth } from "./query-diff";

export { LAB_PAGE_SIZE } from "./query-diff";
import type { ResolvedTopic } from "./resolve";

export const LAB_MONTHS = 24;

export type LabSide = "gained" | "lost";

export interface LabPaper extends Paper {
  /** Its label under this topic: the current version's, else the latest of another version. */
  label: VersionedTopicLabel | null;
}

export interface QueryLabAnswer {
  slug: string;
  currentQuery: string;
  currentVersion: number | null;
  /** The draft in canonical form. */
  draftQuery: string;
  /** Months the index never listed whole are left out: their numbers would be guesses. */
  months: QueryDiffMonth[];
  totals: { gained: number; lost: number };
  papers?: { side: LabSide; month: MonthKey | null; total: number; offset: number; items: LabPaper[] };
}

export interface QueryLabRequest {
  query: string;
  month?: MonthKey;
  side?: LabSide;
  offset?: number;
}

/** Throws QuerySyntaxError for a draft that does not parse. */
export function readQueryLab(db: Db, topic: ResolvedTopic, req: QueryLabRequest, now: Date): QueryLabAnswer {
  const draftNode = parseTopicQuery(req.query);
  const to = lastFullMonth(now);
  const from = addMonths(to, -(LAB_MONTHS - 1));
  const known = new Set(listIndexMonths(db, from, to).filter((m) => m.completeTo !== null).map((m) => m.month));
  const months = monthRange(from, to).filter((m) => known.has(m));
  const current = matchingSeqs(db, topic.queryNode);
  const draft = matchingSeqs(db, draftNode);
  const diff = diffQueryMatches(current, draft, inScopePapersBySeq(db, union(current, draft), from, to), months);
  const currentVersion = topic.queryVersion;
  const answer: QueryLabAnswer = {
    slug: topic.slug,
    currentQuery: topic.query,
    currentVersion,
    draftQuery: renderQuery(draftNode),
    months: diff.months,
    totals: { gained: diff.gained.length, lost: diff.lost.length },
  };
  if (!req.side) return answer;
  const side = req.side;
  const list = diff[side].filter((p) => !req.month || p.month === req.month);
  const offset = req.offset ?? 0;
  const page = list.slice(offset, offset + LAB_PAGE_SIZE);
  const labels = listTopicLabels(db, { slug: topic.slug, queryVersion: currentVersion ?? -1 }, page.map((p) => p.id));
  const items = page.flatMap((p) => {
    const paper = getCachedPaper(db, p.id);
    return paper ? [{ ...paper, label: labels.get(p.id) ?? null }] : [];
  });
  return { ...answer, papers: { side, month: req.month ?? null, total: list.length, offset, items } };
}
