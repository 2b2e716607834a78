// Building and writing arXiv queries: the canonical string, date ranges, topic-query checks.
// Reading them is in query-syntax.ts.
import { submittedDateRange, type MonthKey } from "@/lib/calendar/months";
import type { QueryField, QueryNode } from "./query-ast";
import {
  MAX_QUERY_LENGTH,
  QuerySyntaxError,
  bareWordProblem,
  parseQuery,
  submittedDateRangeProblem,
} from "./query-syntax";

export { MAX_QUERY_LENGTH, QuerySyntaxError, parseQuery, submittedDateRangeProblem } from "./query-syntax";

/** A GMT range in arXiv's `YYYYMMDDHHMM` form, both ends inclusive. */
export interface SubmittedDateRange {
  from: string;
  to: string;
}

function isCompound(node: QueryNode): boolean {
  return node.kind === "and" || node.kind === "or" || node.kind === "andnot";
}

function renderOperand(node: QueryNode): string {
  return isCompound(node) ? `(${renderQuery(node)})` : renderQuery(node);
}

/**
 * The canonical arXiv string: every term prefixed, phrases quoted, every nested group in
 * parentheses, so the meaning never depends on arXiv's left-to-right reading.
 * Throws TypeError for a tree the parser could not have produced (it would not read back).
 */
export function renderQuery(node: QueryNode): string {
  switch (node.kind) {
    case "term": {
      if (node.phrase) {
        if (node.value.trim() === "" || node.value.includes('"')) {
          throw new TypeError(`cannot write the phrase ${JSON.stringify(node.value)} in an arXiv query`);
        }
        return `${node.field}:"${node.value}"`;
      }
      const problem = bareWordProblem(node.value);
      if (problem) throw new TypeError(`cannot write ${node.field}:${node.value}: ${problem}`);
      return `${node.field}:${node.value}`;
    }
    case "submittedDate": {
      const problem = submittedDateRangeProblem(node.from, node.to);
      if (problem) throw new TypeError(problem);
      return `submittedDate:[${node.from} TO ${node.to}]`;
    }
    case "and":
    case "or": {
      if (node.operands.length < 2) throw new TypeError(`an "${node.kind}" node needs at least two operands`);
      return node.operands.map(renderOperand).join(node.kind === "and" ? " AND " : " OR ");
    }
    case "andnot":
      return `${renderOperand(node.left)} ANDNOT ${renderOperand(node.right)}`;
  }
}

/** `node AND submittedDate:[from TO to]`. Throws RangeError for a malformed or reversed range. */
export function withSubmittedDate(node: QueryNode, range: SubmittedDateRange): QueryNode {
  const problem = submittedDateRangeProblem(range.from, range.to);
  if (problem) throw new RangeError(problem);
  const date: QueryNode = { kind: "submittedDate", from: range.from, to: range.to };
  // Extending an AND chain reads the same as nesting it, and keeps the string short.
  if (node.kind === "and") return { kind: "and", operands: [...node.operands, date] };
  return { kind: "and", operands: [node, date] };
}

/** The query that counts `node`'s papers first submitted in a GMT month. */
export function countMonthQuery(node: QueryNode, month: MonthKey): QueryNode {
  return withSubmittedDate(node, submittedDateRange(month));
}

function containsSubmittedDate(node: QueryNode): boolean {
  switch (node.kind) {
    case "submittedDate":
      return true;
    case "term":
      return false;
    case "and":
    case "or":
      return node.operands.some(containsSubmittedDate);
    case "andnot":
      return containsSubmittedDate(node.left) || containsSubmittedDate(node.right);
  }
}

// Room left for " AND submittedDate:[YYYYMMDDHHMM TO YYYYMMDDHHMM]" plus parentheses.
const DATE_CLAUSE_ROOM = 60;

/**
 * Why `node` cannot serve as a topic query, or null when it can. The app adds the month
 * ranges itself, so a topic query must not carry any submittedDate of its own (an inner range
 * would silently cut every month's count to zero outside it).
 */
export function topicQueryProblem(node: QueryNode): string | null {
  if (containsSubmittedDate(node)) {
    return "a topic query must not contain submittedDate: the app adds each month's range itself";
  }
  const length = renderQuery(node).length;
  if (length > MAX_QUERY_LENGTH - DATE_CLAUSE_ROOM) {
    return `a topic query may be at most ${MAX_QUERY_LENGTH - DATE_CLAUSE_ROOM} characters (leaving room for the date range); this one is ${length}`;
  }
  return null;
}

/** Parses a topic query and applies `topicQueryProblem`. Throws `QuerySyntaxError`. */
export function parseTopicQuery(text: string): QueryNode {
  const node = parseQuery(text);
  const problem = topicQueryProblem(node);
  if (problem) {
    const at = text.indexOf("submittedDate:");
    throw new QuerySyntaxError(problem, at >= 0 && containsSubmittedDate(node) ? at : 0);
  }
  return node;
}

const FIELD_WORDS: Record<QueryField, string> = {
  ti: "title",
  au: "author",
  abs: "abstract",
  co: "comment",
  jr: "journal reference",
  cat: "category",
  rn: "report number",
  id: "arXiv id",
  all: "any field",
};

function formatMinute(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(8, 10)}:${s.slice(10, 12)}`;
}

function describeOperand(node: QueryNode): string {
  return isCompound(node) ? `(${describeQuery(node)})` : describeQuery(node);
}

/** Plain English for people who do not read arXiv syntax, e.g. in a topic's tooltip. */
export function describeQuery(node: QueryNode): string {
  switch (node.kind) {
    case "term": {
      const value = node.phrase ? `"${node.value}"` : node.value;
      if (node.field === "cat") return `category is ${value}`;
      if (node.field === "id") return `arXiv id is ${value}`;
      if (node.field === "au") return `author matches ${value}`;
      return `${FIELD_WORDS[node.field]} mentions ${value}`;
    }
    case "submittedDate":
      return `first submitted between ${formatMinute(node.from)} and ${formatMinute(node.to)} GMT`;
    case "and":
      return node.operands.map(describeOperand).join(" and ");
    case "or":
      return node.operands.map(describeOperand).join(" or ");
    case "andnot":
      return `${describeOperand(node.left)} but not ${describeOperand(node.right)}`;
  }
}
