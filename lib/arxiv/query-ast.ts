// The typed form of an arXiv search_query. Topic queries are written in arXiv's own syntax
// (readable, copyable into arXiv's site), parsed into this tree, checked, and rendered back.

/** arXiv's field prefixes. */
export const QUERY_FIELDS = ["ti", "au", "abs", "co", "jr", "cat", "rn", "id", "all"] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export type QueryNode =
  /** `ti:transformer` or `abs:"large language model"` (phrase when `phrase` is true). */
  | { kind: "term"; field: QueryField; value: string; phrase: boolean }
  /** `submittedDate:[YYYYMMDDHHMM TO YYYYMMDDHHMM]`, GMT, inclusive, to the minute. */
  | { kind: "submittedDate"; from: string; to: string }
  | { kind: "and"; operands: QueryNode[] }
  | { kind: "or"; operands: QueryNode[] }
  /** `left ANDNOT right`: arXiv has no unary NOT. */
  | { kind: "andnot"; left: QueryNode; right: QueryNode };
