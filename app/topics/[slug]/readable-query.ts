// A topic's query laid out for reading: one block per top-level operand, long OR-lists wrapped,
// in arXiv's own syntax so any line can be pasted into arXiv's search.
import type { QueryNode } from "@/lib/arxiv/query-ast";

const WIDTH = 76;

function term(node: Extract<QueryNode, { kind: "term" }>): string {
  return `${node.field}:${node.phrase ? `"${node.value}"` : node.value}`;
}

/** Single-line text of a node (parenthesised when it is a group). */
function inline(node: QueryNode): string {
  switch (node.kind) {
    case "term":
      return term(node);
    case "submittedDate":
      return `submittedDate:[${node.from} TO ${node.to}]`;
    case "andnot":
      return `(${inline(node.left)} ANDNOT ${inline(node.right)})`;
    case "and":
    case "or":
      return `(${node.operands.map(inline).join(` ${node.kind.toUpperCase()} `)})`;
  }
}

/** Words joined by `op`, wrapped at WIDTH, continuation lines indented. */
function wrap(words: string[], op: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const [i, w] of words.entries()) {
    const piece = i === 0 ? w : ` ${op} ${w}`;
    if (line && (indent + line + piece).length > WIDTH) {
      lines.push(indent + line + ` ${op}`);
      line = w;
    } else line += piece;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function block(node: QueryNode, indent: string): string[] {
  if (node.kind === "and" || node.kind === "or") {
    const op = node.kind.toUpperCase();
    const text = inline(node);
    if ((indent + text).length <= WIDTH) return [indent + text];
    const words = node.operands.map(inline);
    const lines = wrap(words, op, `${indent}  `);
    return [`${indent}(`, ...lines, `${indent})`];
  }
  if (node.kind === "andnot") return [...block(node.left, indent), `${indent}ANDNOT`, ...block(node.right, indent)];
  return [indent + inline(node)];
}

export function readableQuery(node: QueryNode): string {
  if (node.kind === "and" || node.kind === "or") {
    const flat = node.operands.map(inline).join(` ${node.kind.toUpperCase()} `);
    if (flat.length <= WIDTH) return flat;
  }
  // Top-level AND of groups reads best as stacked blocks joined by the operator.
  if (node.kind === "and" && node.operands.some((o) => o.kind !== "term")) {
    return node.operands.flatMap((o, i) => (i === 0 ? block(o, "") : ["AND", ...block(o, "")])).join("\n");
  }
  if (node.kind === "andnot") {
    return [...readableQuery(node.left).split("\n"), "ANDNOT", ...block(node.right, "")].join("\n");
  }
  return block(node, "").join("\n");
}
