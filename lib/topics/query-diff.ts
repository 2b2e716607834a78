// What a draft query changes against the current one: the papers it gains and loses, month by
// month. Pure set algebra over the two queries' matching seqs, so it is tested without an index.
import type { MonthKey } from "../calendar/months";
import { difference, type SeqSet } from "../index/seq-sets";

/** Gained or lost papers listed at a time. */
export const LAB_PAGE_SIZE = 20;

/** An in-scope paper of the window, by seq. */
export interface SeqPaper {
  id: string;
  month: MonthKey;
}

export interface QueryDiffMonth {
  month: MonthKey;
  current: number;
  draft: number;
  gained: number;
  lost: number;
}

export interface QueryDiff {
  months: QueryDiffMonth[];
  /** Matched by the draft, not by the current query: newest month first, then by id descending. */
  gained: SeqPaper[];
  /** Matched by the current query, not by the draft. */
  lost: SeqPaper[];
}

/**
 * `papers` holds the in-scope papers of the window (at least those of both sets): a seq it
 * does not know is out of scope or outside `months` and is left out.
 */
export function diffQueryMatches(current: SeqSet, draft: SeqSet, papers: ReadonlyMap<number, SeqPaper>, months: readonly MonthKey[]): QueryDiff {
  const rows = new Map<MonthKey, QueryDiffMonth>(months.map((month) => [month, { month, current: 0, draft: 0, gained: 0, lost: 0 }]));
  const collect = (seqs: SeqSet, field: "current" | "draft" | "gained" | "lost", into?: SeqPaper[]) => {
    for (const seq of seqs) {
      const paper = papers.get(seq);
      const row = paper ? rows.get(paper.month) : undefined;
      if (!paper || !row) continue;
      row[field] += 1;
      into?.push(paper);
    }
  };
  const gained: SeqPaper[] = [];
  const lost: SeqPaper[] = [];
  collect(current, "current");
  collect(draft, "draft");
  collect(difference(draft, current), "gained", gained);
  collect(difference(current, draft), "lost", lost);
  const newestFirst = (a: SeqPaper, b: SeqPaper) => (a.month === b.month ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.month < b.month ? 1 : -1);
  return { months: [...rows.values()], gained: gained.sort(newestFirst), lost: lost.sort(newestFirst) };
}
