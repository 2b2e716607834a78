// The real papers behind the simulator (data/corpus/sample-2025.jsonl.gz), loaded once, with
// lazily built word tokens per searchable field.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const CORPUS_RELATIVE = path.join("data", "corpus", "sample-2025.jsonl.gz");

interface CorpusLine {
  id: string;
  title: string;
  authors: string[];
  categories: string[];
  comment: string | null;
  summary: string;
}

// A hand check rather than zod: zod costs ~0.5 s on 8,000 lines, and startup time matters.
function isCorpusLine(v: unknown): v is CorpusLine {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  const strings = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === "string");
  return (
    typeof o.id === "string" &&
    typeof o.title === "string" &&
    typeof o.summary === "string" &&
    (o.comment === null || typeof o.comment === "string") &&
    strings(o.authors) &&
    strings(o.categories) &&
    (o.categories as string[]).length > 0
  );
}

export interface CorpusPaper {
  /** The paper's real arXiv id; the simulator gives it other ids, one per simulated month. */
  realId: string;
  title: string;
  authors: string[];
  /** Folded the way the 2026 backend sends it: wraps undone, paragraph breaks kept. */
  summary: string;
  categories: string[];
  primaryCategory: string;
  comment: string | null;
}

/** Fields a term can search; `cat` and `id` are matched separately (exactly, not by words). */
export type TextField = "ti" | "au" | "abs" | "co" | "jr" | "rn";

/**
 * arXiv hard-wraps abstracts at ~80 columns and marks a new paragraph with an indented line;
 * the 2026 backend joins the wrapped lines but keeps "\n  " before a paragraph.
 */
export function foldSummary(text: string): string {
  return text.trim().replace(/[ \t]*\n(?! )/g, " ").replace(/[ \t]*\n +/g, "\n  ");
}

export function foldTitle(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A field's words, lower-cased, accents dropped (so `au:Gul` finds "Gül"), each word between
 * single spaces: " deep neural networks ". A word or a phrase then matches by a native substring
 * search for " deep neural " (a trailing-`*` prefix by leaving the last space off), which is far
 * cheaper than arrays of tokens. The ASCII test skips the costly Unicode path for most text.
 */
export function normalizeWords(text: string): string {
  const words = ASCII.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9]+/g, " ")
    : text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
  const trimmed = words.trim();
  return trimmed === "" ? " " : ` ${trimmed} `;
}

/** The words of a query value, normalised like the fields it is searched in. */
export function queryWords(value: string): string[] {
  return normalizeWords(value).trim().split(" ").filter((w) => w.length > 0);
}

/** Stands between authors in the `au` text so that a phrase never spans two people. */
const AUTHOR_SEPARATOR = "\u0001";

function findCorpusFile(): string {
  const fromEnv = process.env.SIM_CORPUS;
  if (fromEnv) return fromEnv;
  // Walk up from the working directory: vitest, tsx, Playwright and npm scripts all run from
  // the project or below it, and this avoids import.meta/__dirname, which differ between them.
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(dir, CORPUS_RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`simulator corpus not found: ${CORPUS_RELATIVE} above ${process.cwd()}`);
    dir = parent;
  }
}

export function parseCorpus(jsonl: string): CorpusPaper[] {
  const papers: CorpusPaper[] = [];
  for (const line of jsonl.split("\n")) {
    if (line.trim() === "") continue;
    const raw: unknown = JSON.parse(line);
    if (!isCorpusLine(raw)) throw new Error(`corpus line ${papers.length + 1} lacks a field`);
    papers.push({
      realId: raw.id,
      title: foldTitle(raw.title),
      authors: raw.authors,
      summary: foldSummary(raw.summary),
      categories: raw.categories,
      primaryCategory: raw.categories[0] ?? "",
      comment: raw.comment === null ? null : foldTitle(raw.comment),
    });
  }
  return papers;
}

let corpus: CorpusPaper[] | null = null;

export function loadCorpus(): CorpusPaper[] {
  corpus ??= parseCorpus(gunzipSync(readFileSync(findCorpusFile())).toString("utf8"));
  return corpus;
}

const fieldTexts = new Map<TextField, string[]>();

function textOf(paper: CorpusPaper, field: TextField): string {
  switch (field) {
    case "ti":
      return normalizeWords(paper.title);
    case "abs":
      return normalizeWords(paper.summary);
    case "co":
      return normalizeWords(paper.comment ?? "");
    case "au":
      return paper.authors.map(normalizeWords).join(AUTHOR_SEPARATOR);
    // The sample records neither journal references nor report numbers: those fields are empty.
    case "jr":
    case "rn":
      return " ";
  }
}

/** The normalised text of one field for every corpus paper, built on first use. */
export function textsOfField(field: TextField): string[] {
  let texts = fieldTexts.get(field);
  if (!texts) {
    texts = loadCorpus().map((p) => textOf(p, field));
    fieldTexts.set(field, texts);
  }
  return texts;
}
