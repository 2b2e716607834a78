// "What would this query have counted?": a draft query's monthly series over the local index,
// computed on the spot. Nothing is stored and arXiv is never asked.
import type { Db } from "../store/db";
import { listIndexMonths, previewMonthlyMatches } from "../store";
import { addMonths, lastFullMonth, monthRange, type MonthKey } from "../calendar/months";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import { categoriesOutsideScope, outsideScopeMessage, type IndexScope } from "../index/scope";

export const PREVIEW_MONTHS = 24;

export interface QueryPreview {
  /** The canonical query that was evaluated. */
  query: string;
  /** null for a month the index has not harvested: unknown, not zero. */
  months: { month: MonthKey; count: number | null }[];
  /** The last closed month and its count, the number the editor shows large. */
  lastFullMonth: { month: MonthKey; count: number | null };
  /** Why the counts would be wrong, when the query names categories outside the scope. */
  scopeWarning: string | null;
}

/** Throws QuerySyntaxError for a bad query. */
export function previewQueryHistory(db: Db, text: string, scope: IndexScope, now: Date): QueryPreview {
  const node = parseTopicQuery(text);
  const to = lastFullMonth(now);
  const from = addMonths(to, -(PREVIEW_MONTHS - 1));
  const counted = previewMonthlyMatches(db, node, from, to);
  const known = new Set(listIndexMonths(db, from, to).filter((m) => m.completeTo !== null).map((m) => m.month));
  const months = monthRange(from, to).map((month) => ({ month, count: known.has(month) ? counted.get(month) ?? 0 : null }));
  const outside = categoriesOutsideScope(node, scope);
  return {
    query: renderQuery(node),
    months,
    lastFullMonth: months.at(-1) ?? { month: to, count: null },
    scopeWarning: outside.length ? outsideScopeMessage(outside, scope) : null,
  };
}
