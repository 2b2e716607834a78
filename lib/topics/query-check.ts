// Checks a topic query as it is typed: the canonical text and plain English when it parses,
// else the parser's reason and the position to point at. Pure: arXiv is never asked.
import { QuerySyntaxError, describeQuery, parseTopicQuery, renderQuery } from "../arxiv/query";
import type { QueryNode } from "../arxiv/query-ast";

export type QueryCheck =
  | { ok: true; canonical: string; description: string }
  | { ok: false; reason: string; position: number };

export function checkTopicQuery(text: string): QueryCheck {
  let node: QueryNode;
  try {
    node = parseTopicQuery(text);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { ok: false, reason: e.reason, position: e.position };
    throw e;
  }
  return { ok: true, canonical: renderQuery(node), description: describeQuery(node) };
}
