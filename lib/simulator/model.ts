// How the simulator turns 8,000 real papers of 2025 into an arXiv that spans 2015 to "now".
//
// # The model (deterministic: same inputs, same papers, every run, every machine)
//
// - The papers are real (data/corpus/sample-2025.jsonl.gz): titles, authors, abstracts,
//   categories and comments are theirs. Their dates and ids are simulated, so any month has data.
// - A *virtual paper* (i, month) is corpus paper i submitted in that month. It exists iff
//   `unitHash(i, month, EXIST) < density(primary category of i, month)`. A corpus paper thus
//   appears in many months, a few times early on and often later.
// - `density` is a logistic curve of time per primary category: its midpoint year (2020.5 to
//   2026), its steepness (0.5 to 1.3 per year) and its ceiling (0.26 to 0.43) come from a
//   hash of the category name, so topics with different category mixes gain momentum at
//   different times. A floor of 0.004 keeps early months from being empty, and each
//   (category, month) gets ±12 % noise so monthly series are not smooth.
// - A paper's subject bends its category's curve (trends.ts): papers on agents or reasoning grow
//   faster, papers on BERT or GANs fade, so topics drawing on the same categories still differ
//   in momentum. The factor is 1 in mid-2025, the corpus's own year.
//   Magnitude: a query matching 10 % of the corpus (all:diffusion, ~760 papers) yields ~3
//   papers a month in 2016, ~40 in 2020 and ~200-300 a month in 2023-2026.
// - Months run from 2015-01 (when arXiv ids got five digits) to the clock's "now" (the real
//   clock, or SIM_NOW as an ISO instant). Nothing is ever published after now.
// - Submission time: uniform inside the month, from the hash. Id: `YYMM.NNNNN`, NNNNN being the
//   paper's rank by submission time in its month (1-based), so ids sort like arXiv's.
// - Versions: v1 at submission; 40 % get a v2 and 10 % a v3, each 1-60 days after the last;
//   a version exists once its date has passed "now". `updated` is the latest version's date.
import { addMonths, isMonthKey, monthBounds, monthOf, monthRange, submittedDateRange, type MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import { parseQuery } from "../arxiv/query";
import { loadCorpus } from "./corpus";
import { stringHash, unitHash } from "./hash";
import { compileQuery, dateRangeOf, type DatedPaper, type TimeRange } from "./match";
import { subjectFactor, subjectGrowth } from "./trends";

export const FIRST_SIMULATED_MONTH = "2015-01" as MonthKey;

// Salts keep the hashes for different facts about the same (i, month) independent.
const EXIST = 1;
const TIME = 2;
const VERSIONS = 3;
const GAP = 4;
const NOISE = 5;

const FLOOR = 0.004;
const NOISE_AMPLITUDE = 0.12;

export interface VirtualPaper extends DatedPaper {
  month: MonthKey;
  /** Epoch ms of each version, v1 first (versions after "now" are hidden by `versionAt`). */
  versionMs: number[];
}

function monthIndex(month: MonthKey): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The logistic growth curve of one primary category. */
export function categoryCurve(category: string): { midYear: number; perYear: number; ceiling: number } {
  const h = stringHash(category);
  return {
    midYear: 2020.5 + 5.5 * unitHash(h, 1),
    perYear: 0.5 + 0.8 * unitHash(h, 2),
    ceiling: 0.26 + 0.17 * unitHash(h, 3),
  };
}

/** Probability that a corpus paper with this primary category is submitted in this month. */
export function density(category: string, month: MonthKey): number {
  const { midYear, perYear, ceiling } = categoryCurve(category);
  const m = monthIndex(month);
  const t = m / 12 + 1 / 24; // middle of the month, in years
  const trend = FLOOR + ceiling / (1 + Math.exp(-perYear * (t - midYear)));
  const noise = 1 + NOISE_AMPLITUDE * (2 * unitHash(stringHash(category), m, NOISE) - 1);
  return Math.min(0.95, trend * noise);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const monthCache = new Map<MonthKey, VirtualPaper[]>();
let growthCache: number[] | undefined;

/**
 * Each corpus paper's extra yearly growth from its subject (see trends.ts), centred on the
 * corpus mean so that fashions move topics against each other, not the whole arXiv up.
 */
function subjectGrowths(): number[] {
  if (!growthCache) {
    const raw = loadCorpus().map((p) => subjectGrowth(p.title, p.summary));
    const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
    growthCache = raw.map((g) => g - mean);
  }
  return growthCache;
}

/**
 * Every virtual paper of a month, in submission order, whatever "now" is (callers filter by
 * now, so the cache never depends on the clock and ids stay stable as the month fills up).
 */
export function virtualPapersOfMonth(month: MonthKey): readonly VirtualPaper[] {
  const cached = monthCache.get(month);
  if (cached) return cached;
  const corpus = loadCorpus();
  const m = monthIndex(month);
  const { start, end } = monthBounds(month);
  const seconds = (end.getTime() - start.getTime()) / 1000;
  const byCategory = new Map<string, number>();
  const growth = subjectGrowths();
  const year = m / 12 + 1 / 24;
  const drafts: { i: number; publishedMs: number }[] = [];
  corpus.forEach((paper, i) => {
    let p = byCategory.get(paper.primaryCategory);
    if (p === undefined) byCategory.set(paper.primaryCategory, (p = density(paper.primaryCategory, month)));
    if (unitHash(i, m, EXIST) >= Math.min(0.95, p * subjectFactor(growth[i] ?? 0, year))) return;
    drafts.push({ i, publishedMs: start.getTime() + Math.floor(unitHash(i, m, TIME) * seconds) * 1000 });
  });
  drafts.sort((a, b) => a.publishedMs - b.publishedMs || a.i - b.i);
  const prefix = `${month.slice(2, 4)}${month.slice(5, 7)}`;
  const papers = drafts.map(({ i, publishedMs }, rank): VirtualPaper => {
    const v = unitHash(i, m, VERSIONS);
    const count = v < 0.5 ? 1 : v < 0.9 ? 2 : 3;
    const versionMs = [publishedMs];
    for (let k = 1; k < count; k++) {
      const gapSeconds = Math.floor((1 + 59 * unitHash(i, m, GAP, k)) * 86_400);
      versionMs.push((versionMs[k - 1] as number) + gapSeconds * 1000);
    }
    return { i, id: `${prefix}.${pad(rank + 1, 5)}`, month, publishedMs, versionMs };
  });
  monthCache.set(month, papers);
  return papers;
}

/** The version a reader sees at `nowMs`, and when it was made. */
export function versionAt(paper: VirtualPaper, nowMs: number): { version: number; updatedMs: number } {
  let k = 0;
  while (k + 1 < paper.versionMs.length && (paper.versionMs[k + 1] as number) <= nowMs) k++;
  return { version: k + 1, updatedMs: paper.versionMs[k] as number };
}

/** The simulator's default clock: SIM_NOW (ISO) when set, else the real time. */
export function defaultNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.SIM_NOW;
  if (fixed) {
    const d = new Date(fixed);
    if (Number.isNaN(d.getTime())) throw new RangeError(`SIM_NOW="${fixed}" is not an ISO date`);
    return d;
  }
  return new Date();
}

export interface ModelOptions {
  /** The simulator's "now"; defaults to `defaultNow()`. */
  now?: Date;
}

/** A parsed query, or text parsed with the project's parser (throws QuerySyntaxError). */
export function resolveQuery(query: QueryNode | string): QueryNode {
  return typeof query === "string" ? parseQuery(query) : query;
}

function monthsIn(window: TimeRange, nowMs: number): MonthKey[] {
  const firstMs = monthBounds(FIRST_SIMULATED_MONTH).start.getTime();
  const fromMs = Math.max(window.fromMs, firstMs);
  const toMs = Math.min(window.toMs, nowMs + 1);
  if (toMs <= fromMs) return [];
  const months: MonthKey[] = [];
  for (let m = monthOf(new Date(fromMs)); monthBounds(m).start.getTime() < toMs; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * Every virtual paper that matches, published at or before now and inside `range` when given
 * (YYYYMMDDHHMM, inclusive, like a submittedDate clause), in submission order.
 */
export function searchVirtualPapers(
  query: QueryNode | string,
  range?: { from: string; to: string },
  options: ModelOptions = {},
): VirtualPaper[] {
  const compiled = compileQuery(resolveQuery(query));
  const nowMs = (options.now ?? defaultNow()).getTime();
  const limit = range ? dateRangeOf(range) : { fromMs: -Infinity, toMs: Infinity };
  const window = {
    fromMs: Math.max(compiled.window.fromMs, limit.fromMs),
    toMs: Math.min(compiled.window.toMs, limit.toMs, nowMs + 1),
  };
  const out: VirtualPaper[] = [];
  for (const month of monthsIn(window, nowMs)) {
    for (const p of virtualPapersOfMonth(month)) {
      if (p.publishedMs < window.fromMs || p.publishedMs >= window.toMs) continue;
      if (compiled.matches(p)) out.push(p);
    }
  }
  return out;
}

/**
 * The true `opensearch:totalResults` for a query, optionally limited to a submittedDate range
 * (the same as ANDing `submittedDate:[from TO to]`), at the clock's now. Pure and fast: tests
 * call it to know what the simulator will answer without going through HTTP.
 */
export function simulatedTotal(
  query: QueryNode | string,
  range?: { from: string; to: string },
  options: ModelOptions = {},
): number {
  return searchVirtualPapers(query, range, options).length;
}

/** True monthly totals from `from` to `to` (both included), from one pass over the range. */
export function simulatedMonthlyTotals(
  query: QueryNode | string,
  from: MonthKey,
  to: MonthKey,
  options: ModelOptions = {},
): { month: MonthKey; total: number }[] {
  const range = { from: submittedDateRange(from).from, to: submittedDateRange(to).to };
  const byMonth = new Map<MonthKey, number>();
  for (const p of searchVirtualPapers(query, range, options)) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + 1);
  return monthRange(from, to).map((month) => ({ month, total: byMonth.get(month) ?? 0 }));
}

/** The virtual paper with this id (version suffix allowed), if it exists at now. */
export function findVirtualPaper(id: string, options: ModelOptions = {}): VirtualPaper | undefined {
  const m = /^(\d{2})(\d{2})\.(\d{5})(?:v\d+)?$/.exec(id);
  if (!m) return undefined;
  const month = `20${m[1]}-${m[2]}`;
  if (!isMonthKey(month) || month < FIRST_SIMULATED_MONTH) return undefined;
  const nowMs = (options.now ?? defaultNow()).getTime();
  const paper = virtualPapersOfMonth(month)[Number(m[3]) - 1];
  return paper && paper.publishedMs <= nowMs ? paper : undefined;
}
