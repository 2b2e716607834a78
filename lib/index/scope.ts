// The scope of the local index: the arXiv categories harvested whole. Every topic is counted
// inside it, so a query that names a category outside it would silently count nothing there.
import { z } from "zod";
import rawScope from "../../data/scope.json";
import type { QueryNode } from "../arxiv/query-ast";

/** An arXiv category name as arXiv writes it: "cs.CL", "stat.ML", "q-bio.BM", "hep-th". */
const categorySchema = z.string().regex(/^[a-z][a-z-]*(\.[A-Za-z-]+)?$/, "not an arXiv category name (e.g. cs.CL)");

const scopeFileSchema = z.object({ categories: z.array(categorySchema).min(1) });

export interface IndexScope {
  /** Sorted, without duplicates. */
  categories: string[];
  /** Identifies the scope in harvest records: a month harvested under another scope is redone. */
  key: string;
  /** Where the list came from, for messages. */
  source: "data/scope.json" | "RADAR_SCOPE";
}

export function makeScope(categories: readonly string[], source: IndexScope["source"]): IndexScope {
  const sorted = [...new Set(categories.map((c) => c.trim()).filter(Boolean))].sort();
  const checked = z.array(categorySchema).min(1).safeParse(sorted);
  if (!checked.success) {
    const bad = checked.error.issues.map((i) => `${String(sorted[Number(i.path[0])] ?? "")}: ${i.message}`);
    throw new Error(`${source} is invalid: ${bad.join("; ") || "it lists no category"}`);
  }
  return { categories: sorted, key: sorted.join(" "), source };
}

/** RADAR_SCOPE (comma-separated categories) when set, else data/scope.json. */
export function loadScope(env: Record<string, string | undefined> = process.env): IndexScope {
  const fromEnv = env.RADAR_SCOPE?.trim() ?? "";
  // Read on every preview and write: parsed once per value of RADAR_SCOPE.
  let scope = parsedScopes.get(fromEnv);
  if (!scope) {
    scope = fromEnv ? makeScope(fromEnv.split(","), "RADAR_SCOPE") : makeScope(scopeFileSchema.parse(rawScope).categories, "data/scope.json");
    parsedScopes.set(fromEnv, scope);
  }
  return scope;
}

const parsedScopes = new Map<string, IndexScope>();

/** `cat:a OR cat:b OR …`: what a harvest lists, one category at a time, no wildcard. */
export function scopeQuery(scope: IndexScope): QueryNode {
  const terms: QueryNode[] = scope.categories.map((value) => ({ kind: "term", field: "cat", value, phrase: false }));
  return terms.length === 1 ? (terms[0] as QueryNode) : { kind: "or", operands: terms };
}

export function isInScope(categories: readonly string[], scope: IndexScope): boolean {
  return categories.some((c) => scope.categories.includes(c));
}

/** The `cat:` values of a query, as written (wildcards included). */
export function categoriesNamed(node: QueryNode): string[] {
  switch (node.kind) {
    case "term":
      return node.field === "cat" ? [node.value] : [];
    case "submittedDate":
      return [];
    case "and":
    case "or":
      return node.operands.flatMap(categoriesNamed);
    case "andnot":
      return [...categoriesNamed(node.left), ...categoriesNamed(node.right)];
  }
}

/**
 * Categories a query names that the index cannot hold: counted locally they would be zero.
 * A wildcard (`cs.*`) is outside when no scope category starts with its prefix.
 */
export function categoriesOutsideScope(node: QueryNode, scope: IndexScope): string[] {
  const lower = scope.categories.map((c) => c.toLowerCase());
  const outside = categoriesNamed(node).filter((value) => {
    const v = value.toLowerCase();
    return v.endsWith("*") ? !lower.some((c) => c.startsWith(v.slice(0, -1))) : !lower.includes(v);
  });
  return [...new Set(outside)];
}

/** The sentence a topic editor shows for `categoriesOutsideScope`, with how to widen the scope. */
export function outsideScopeMessage(outside: readonly string[], scope: IndexScope): string {
  const list = outside.join(", ");
  return (
    `${list} ${outside.length > 1 ? "are" : "is"} outside the harvested scope, so this query would count nothing there. ` +
    `Add ${outside.length > 1 ? "them" : "it"} to ${scope.source === "RADAR_SCOPE" ? "RADAR_SCOPE" : "data/scope.json (or RADAR_SCOPE)"} and run \`npm run sync\` to harvest ${outside.length > 1 ? "them" : "it"}.`
  );
}
