// How the simulator turns 8,000 real papers of 2025 into an arXiv that spans 2015 to "now",
// at real arXiv magnitudes.
//
// # The model (deterministic: same inputs, same papers, every run, every machine)
//
// - The papers are real (data/corpus/sample-2025.jsonl.gz): titles, authors, abstracts,
//   categories and comments are theirs. Their dates and ids are simulated, so any month has data.
// - Volumes (volumes.ts): the harvest scope (every cs category, stat.ML, q-bio.BM, q-bio.QM,
//   eess.AS, eess.IV) gets `scopeMonthlyTarget` new papers a month with any category in it,
//   cross-lists included: ~2,400 in 2015, ~5,000 in 2018, ~12,000 in 2022, ~15,000 in 2025-26.
//   That total splits by primary category after PRIMARY_SHARES (approximate public arXiv
//   shares: cs.LG ~25 %, cs.CV ~20 %, cs.CL ~12 %, cs.AI ~10 %, then cs.RO, cs.CR, ...; each
//   with its own yearly drift, so categories gain momentum at different times). Corpus papers
//   with a primary category outside the scope exist too (~2 a month each in 2025), counted in
//   the scope only when cross-listed into it. SIM_SCALE (or `ModelOptions.scale`) multiplies
//   every volume: tests run at 0.01-0.05.
// - Copies: the corpus is mostly cs.CV and cs.CL, so a corpus paper appears several times a
//   month under different ids. Each category c has a *pool* of corpus papers: those with primary
//   c, or, when fewer than MIN_POOL have it or each would need more than MAX_PRIMARY_COPIES
//   copies a month (cs.LG, cs.RO, cs.IT, ...), every paper listing c, whose copies are then
//   filed with c as their primary (a cs.CV paper cross-listed to cs.LG may come out as cs.LG).
//   The expected number of copies of pool paper i in month m is
//     λ = scale · K(m) · share(c) · e^{drift(c)·(t − 2025.5)} / |pool(c)| · subject(i, t) · noise(c, m)
//   where t is the month's middle in years, subject(i, t) the paper's subject trend (trends.ts:
//   agents and reasoning rise, BERT and GANs fade; 1 in mid-2025), noise(c, m) ±12 %, and K(m)
//   is solved each month so that the expected number of in-scope papers (noise aside) is
//   exactly scopeMonthlyTarget(t). λ is realised as floor(λ) copies plus one more when a hash of
//   (i, m, c) falls under λ's fractional part; copy k of (i, c) hashes (i, m, c, k) for its
//   submission time and versions.
//   Magnitude at scale 1: all:diffusion (~10 % of the corpus) gives ~240 papers a month in
//   2016, ~720 in 2020 and ~1,200 in 2025; cat:cs.LG ~6,000 a month in late 2025, cat:q-bio.BM
//   under 100. Every corpus paper has some category in the scope, so today every simulated
//   paper counts towards it (the out-of-scope primaries are cross-listed in).
// - Months run from 2015-01 (when arXiv ids got five digits) to the clock's "now" (the real
//   clock, or SIM_NOW as an ISO instant). Nothing is ever published after now.
// - Submission time: uniform inside the month, to the second, from the hash. Id: `YYMM.NNNNN`,
//   NNNNN being the paper's rank by submission time in its month (1-based; ties by corpus index
//   then pool order), so ids sort like arXiv's and stay stable as the month fills up (the month
//   is built whole, whatever now is; a month over 99,999 papers is refused).
// - Versions: v1 at submission; 40 % get a v2 and 10 % a v3, each 1-60 days after the last;
//   a version exists once its date has passed "now". `updated` is the latest version's date.
// - Memory: a month is kept as typed arrays (18 bytes a paper, ~25 MB for 2015-2026 at scale 1,
//   LRU-bounded); VirtualPaper objects are made only for the papers a search returns.
import { addMonths, isMonthKey, monthBounds, monthOf, monthRange, submittedDateRange, type MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import { parseQuery } from "../arxiv/query";
import { loadCorpus } from "./corpus";
import type { FeedEntry } from "./feed";
import { stringHash, unitHash } from "./hash";
import { compileQuery, dateRangeOf, type CompiledQuery, type DatedPaper, type TimeRange } from "./match";
import { subjectFactor, subjectGrowth } from "./trends";
import { HARVEST_SCOPE, OTHER_SHARE_PER_PAPER, PRIMARY_SHARES, scopeMonthlyTarget } from "./volumes";

export { HARVEST_SCOPE, scopeMonthlyTarget } from "./volumes";

export const FIRST_SIMULATED_MONTH = "2015-01" as MonthKey;

// Salts keep the hashes for different facts about the same (i, month) independent.
const EXIST = 1;
const TIME = 2;
const VERSIONS = 3;
const GAP = 4;
const NOISE = 5;

const NOISE_AMPLITUDE = 0.12;
/** A category with fewer primaries than this in the corpus draws on every paper listing it. */
const MIN_POOL = 20;
/** ... and so does one whose primaries would each need more copies than this a month in 2025. */
const MAX_PRIMARY_COPIES = 4;
/** arXiv ids have five digits after the dot. */
const MAX_PER_MONTH = 99_999;
/** Months kept built (typed arrays, ~18 bytes a paper); 2015-2026 is 144 months a scale. */
const MAX_CACHED_MONTHS = 400;

export interface VirtualPaper extends DatedPaper {
  month: MonthKey;
  /** Epoch ms of each version, v1 first (versions after "now" are hidden by `versionAt`). */
  versionMs: number[];
  /**
   * Set when this copy is filed under another of the corpus paper's categories than its real
   * primary one (see "Copies" above); the feed then lists that category first.
   */
  primaryCategory?: string;
}

export interface ModelOptions {
  /** The simulator's "now"; defaults to `defaultNow()`. */
  now?: Date;
  /** Multiplies every volume (a positive number); defaults to `defaultScale()` (SIM_SCALE, else 1). */
  scale?: number;
}

function monthIndex(month: MonthKey): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
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

/** Throws unless `scale` is a finite positive number; returns it. */
export function checkScale(scale: number, source = "scale"): number {
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`${source}=${String(scale)} is not a positive number (1 = real arXiv magnitudes, 0.01 = 1 %)`);
  }
  return scale;
}

/** The simulator's default volume scale: SIM_SCALE (a positive number) when set, else 1. */
export function defaultScale(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SIM_SCALE;
  if (raw === undefined || raw.trim() === "") return 1;
  const n = /^\s*(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) {
    throw new RangeError(`SIM_SCALE="${raw}" is not a positive number (1 = real arXiv magnitudes, 0.01 = 1 %)`);
  }
  return n;
}

function scaleOf(options: ModelOptions): number {
  return options.scale === undefined ? defaultScale() : checkScale(options.scale);
}

// ---------------------------------------------------------------------------------------------
// Homes: the categories papers are filed under, each with its pool of corpus papers.

interface Home {
  category: string;
  salt: number;
  /** Corpus indices, ascending. */
  pool: Int32Array;
  /** For each pool member: 1 when the copy is filed under `category` rather than its own primary. */
  rehomed: Uint8Array;
  /** Weight in PRIMARY_SHARES's percent units. */
  share: number;
  drift: number;
  /** Index into `homes` + 1, as stored per paper for rehomed copies (0 = own primary). */
  code: number;
}

interface Homes {
  homes: Home[];
  /** 1 when corpus paper i has any category in HARVEST_SCOPE. */
  inScope: Uint8Array;
  /** Subject growth per corpus paper (trends.ts), centred on the corpus mean. */
  growth: Float64Array;
}

let homesCache: Homes | undefined;

function buildHomes(): Homes {
  if (homesCache) return homesCache;
  const corpus = loadCorpus();
  const scope = new Set(HARVEST_SCOPE);
  const inScope = new Uint8Array(corpus.length);
  const primaries = new Map<string, number[]>();
  const listing = new Map<string, number[]>();
  corpus.forEach((p, i) => {
    if (p.categories.some((c) => scope.has(c))) inScope[i] = 1;
    const own = primaries.get(p.primaryCategory) ?? [];
    own.push(i);
    primaries.set(p.primaryCategory, own);
    for (const c of new Set(p.categories)) {
      const list = listing.get(c) ?? [];
      list.push(i);
      listing.set(c, list);
    }
  });
  const totalShare = Object.values(PRIMARY_SHARES).reduce((s, [share]) => s + share, 0);
  const homes: Home[] = [];
  const add = (category: string, pool: number[], share: number, drift: number) => {
    if (pool.length === 0) return;
    const rehomed = Uint8Array.from(pool, (i) => (corpus[i]?.primaryCategory === category ? 0 : 1));
    homes.push({ category, salt: stringHash(category), pool: Int32Array.from(pool), rehomed, share, drift, code: homes.length + 1 });
  };
  for (const [category, [share, drift]] of Object.entries(PRIMARY_SHARES)) {
    const own = primaries.get(category) ?? [];
    const perPaper2025 = ((share / totalShare) * scopeMonthlyTarget(2025.5)) / Math.max(1, own.length);
    const thin = own.length < MIN_POOL || perPaper2025 > MAX_PRIMARY_COPIES;
    add(category, thin ? (listing.get(category) ?? []) : own, share, drift);
  }
  for (const [category, own] of primaries) {
    if (!(category in PRIMARY_SHARES)) add(category, own, OTHER_SHARE_PER_PAPER * own.length, 0);
  }
  if (homes.length >= 0xffff) throw new Error("too many categories for a Uint16 home code");
  const raw = corpus.map((p) => subjectGrowth(p.title, p.summary));
  const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
  homesCache = { homes, inScope, growth: Float64Array.from(raw, (g) => g - mean) };
  return homesCache;
}

/** The middle of a month, in years (2025-07 -> 2025.54). */
function yearOf(m: number): number {
  return m / 12 + 1 / 24;
}

/** Each home's copies per pool paper before the subject factor and the scale, for month index m. */
const rateCache = new Map<number, Float64Array>();

function ratesOf(m: number): Float64Array {
  const cached = rateCache.get(m);
  if (cached) return cached;
  const { homes, inScope, growth } = buildHomes();
  const t = yearOf(m);
  const base = homes.map((h) => (h.share * Math.exp(h.drift * (t - 2025.5))) / h.pool.length);
  // Expected in-scope papers for K = 1 (noise aside), to solve K(m) against the target.
  let expected = 0;
  homes.forEach((h, k) => {
    let sum = 0;
    for (const i of h.pool) if (inScope[i] === 1) sum += subjectFactor(growth[i] ?? 0, t);
    expected += (base[k] as number) * sum;
  });
  const scaleK = scopeMonthlyTarget(t) / expected;
  const rates = Float64Array.from(homes, (h, k) => {
    const noise = 1 + NOISE_AMPLITUDE * (2 * unitHash(h.salt, m, NOISE) - 1);
    return (base[k] as number) * scaleK * noise;
  });
  rateCache.set(m, rates);
  return rates;
}

/**
 * Expected number of virtual papers filed under this primary category in the month (subject
 * trends included), at the given scale. 0 for a category the corpus cannot supply.
 */
export function categoryVolume(category: string, month: MonthKey, options: ModelOptions = {}): number {
  const { homes, growth } = buildHomes();
  const k = homes.findIndex((h) => h.category === category);
  if (k < 0) return 0;
  const m = monthIndex(month);
  const t = yearOf(m);
  const home = homes[k] as Home;
  let sum = 0;
  for (const i of home.pool) sum += subjectFactor(growth[i] ?? 0, t);
  return (ratesOf(m)[k] as number) * sum * scaleOf(options);
}

// ---------------------------------------------------------------------------------------------
// Months: built whole, kept as typed arrays, papers made on demand.

interface MonthData {
  month: MonthKey;
  /** "YYMM" */
  prefix: string;
  startMs: number;
  length: number;
  /** Per paper, in rank (submission) order: corpus index, */
  idx: Int32Array;
  /** seconds after the month's start, */
  sec: Uint32Array;
  /** seconds from v1 to v2 and v2 to v3 (0: no such version), */
  gap2: Uint32Array;
  gap3: Uint32Array;
  /** and the home code of a rehomed copy (0: filed under its own primary category). */
  home: Uint16Array;
}

const monthCache = new Map<string, MonthData>();

function buildMonth(month: MonthKey, scale: number): MonthData {
  const { homes, growth } = buildHomes();
  const m = monthIndex(month);
  const t = yearOf(m);
  const rates = ratesOf(m);
  const { start, end } = monthBounds(month);
  const seconds = Math.round((end.getTime() - start.getTime()) / 1000);
  const sf = Float64Array.from(growth, (g) => subjectFactor(g, t));
  const idx: number[] = [];
  const sec: number[] = [];
  const gap2: number[] = [];
  const gap3: number[] = [];
  const home: number[] = [];
  homes.forEach((h, k) => {
    const rate = (rates[k] as number) * scale;
    for (let j = 0; j < h.pool.length; j++) {
      const i = h.pool[j] as number;
      const lambda = rate * (sf[i] as number);
      const copies = Math.floor(lambda) + (unitHash(i, m, h.salt, EXIST) < lambda - Math.floor(lambda) ? 1 : 0);
      for (let c = 0; c < copies; c++) {
        idx.push(i);
        sec.push(Math.floor(unitHash(i, m, h.salt, TIME, c) * seconds));
        const v = unitHash(i, m, h.salt, VERSIONS, c);
        const count = v < 0.5 ? 1 : v < 0.9 ? 2 : 3;
        gap2.push(count >= 2 ? Math.floor((1 + 59 * unitHash(i, m, h.salt, GAP, c, 1)) * 86_400) : 0);
        gap3.push(count >= 3 ? Math.floor((1 + 59 * unitHash(i, m, h.salt, GAP, c, 2)) * 86_400) : 0);
        home.push(h.rehomed[j] === 1 ? h.code : 0);
      }
    }
  });
  const n = idx.length;
  if (n > MAX_PER_MONTH) {
    throw new RangeError(`the simulated ${month} would hold ${n} papers, more than five-digit ids allow: lower SIM_SCALE (now ${scale})`);
  }
  // Drafts are made in a fixed order (homes, pool, copy), so ties on the second fall back to it.
  const order = Array.from({ length: n }, (_, k) => k);
  order.sort((a, b) => (sec[a] as number) - (sec[b] as number) || (idx[a] as number) - (idx[b] as number) || a - b);
  const pick = <T extends Int32Array | Uint32Array | Uint16Array>(make: new (n: number) => T, from: number[]): T => {
    const out = new make(n);
    for (let r = 0; r < n; r++) out[r] = from[order[r] as number] as number;
    return out;
  };
  return {
    month,
    prefix: `${month.slice(2, 4)}${month.slice(5, 7)}`,
    startMs: start.getTime(),
    length: n,
    idx: pick(Int32Array, idx),
    sec: pick(Uint32Array, sec),
    gap2: pick(Uint32Array, gap2),
    gap3: pick(Uint32Array, gap3),
    home: pick(Uint16Array, home),
  };
}

function monthData(month: MonthKey, scale: number): MonthData {
  const key = `${scale}\u0000${month}`;
  const cached = monthCache.get(key);
  if (cached) {
    // Least recently used goes first: re-insert on every hit.
    monthCache.delete(key);
    monthCache.set(key, cached);
    return cached;
  }
  const built = buildMonth(month, scale);
  if (monthCache.size >= MAX_CACHED_MONTHS) monthCache.delete(monthCache.keys().next().value as string);
  monthCache.set(key, built);
  return built;
}

function publishedMsAt(md: MonthData, r: number): number {
  return md.startMs + (md.sec[r] as number) * 1000;
}

function idAt(md: MonthData, r: number): string {
  return `${md.prefix}.${pad(r + 1, 5)}`;
}

function paperAt(md: MonthData, r: number): VirtualPaper {
  const publishedMs = publishedMsAt(md, r);
  const versionMs = [publishedMs];
  const g2 = md.gap2[r] as number;
  const g3 = md.gap3[r] as number;
  if (g2 > 0) versionMs.push(publishedMs + g2 * 1000);
  if (g2 > 0 && g3 > 0) versionMs.push(publishedMs + (g2 + g3) * 1000);
  const paper: VirtualPaper = { i: md.idx[r] as number, id: idAt(md, r), month: md.month, publishedMs, versionMs };
  const code = md.home[r] as number;
  if (code > 0) paper.primaryCategory = (buildHomes().homes[code - 1] as Home).category;
  return paper;
}

/**
 * Every virtual paper of a month, in submission order, whatever "now" is (callers filter by
 * now, so ids stay stable as the month fills up). Makes 15,000+ objects at scale 1: searches
 * go through the compact month data instead.
 */
export function virtualPapersOfMonth(month: MonthKey, options: Pick<ModelOptions, "scale"> = {}): VirtualPaper[] {
  const md = monthData(month, scaleOf(options));
  return Array.from({ length: md.length }, (_, r) => paperAt(md, r));
}

/** How many virtual papers the month holds in all (whatever now is). */
export function virtualPaperCount(month: MonthKey, options: Pick<ModelOptions, "scale"> = {}): number {
  return monthData(month, scaleOf(options)).length;
}

/** The version a reader sees at `nowMs`, and when it was made. */
export function versionAt(paper: VirtualPaper, nowMs: number): { version: number; updatedMs: number } {
  let k = 0;
  while (k + 1 < paper.versionMs.length && (paper.versionMs[k + 1] as number) <= nowMs) k++;
  return { version: k + 1, updatedMs: paper.versionMs[k] as number };
}

/** A virtual paper as arXiv lists it at `nowMs`: its corpus text, current version and categories. */
export function listedPaperAt(p: VirtualPaper, nowMs: number): FeedEntry {
  const paper = loadCorpus()[p.i];
  if (!paper) throw new Error(`virtual paper ${p.id} points past the corpus`);
  const { version, updatedMs } = versionAt(p, nowMs);
  // A copy filed under another of the paper's categories lists that one first, as arXiv does.
  const primary = p.primaryCategory ?? paper.primaryCategory;
  return {
    id: p.id,
    version,
    title: paper.title,
    summary: paper.summary,
    authors: paper.authors,
    categories: primary === paper.primaryCategory ? paper.categories : [primary, ...paper.categories.filter((c) => c !== primary)],
    primaryCategory: primary,
    comment: paper.comment,
    published: new Date(p.publishedMs),
    updated: new Date(updatedMs),
  };
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

/** Calls `hit(month data, rank)` for every match, month by month in submission order. */
function scan(
  query: QueryNode | string,
  range: { from: string; to: string } | undefined,
  options: ModelOptions,
  hit: (md: MonthData, r: number) => void,
): void {
  const compiled: CompiledQuery = compileQuery(resolveQuery(query));
  const nowMs = (options.now ?? defaultNow()).getTime();
  const scale = scaleOf(options);
  const limit = range ? dateRangeOf(range) : { fromMs: -Infinity, toMs: Infinity };
  const fromMs = Math.max(compiled.window.fromMs, limit.fromMs);
  const toMs = Math.min(compiled.window.toMs, limit.toMs, nowMs + 1);
  const text = compiled.textMatches;
  for (const month of monthsIn({ fromMs, toMs }, nowMs)) {
    const md = monthData(month, scale);
    // Seconds from the month's start; the window's bounds are whole minutes, so this is exact.
    const lo = Math.max(0, Math.ceil((fromMs - md.startMs) / 1000));
    const hi = Math.min(0xffffffff, Math.ceil((toMs - md.startMs) / 1000));
    for (let r = 0; r < md.length; r++) {
      const s = md.sec[r] as number;
      if (s < lo) continue;
      if (s >= hi) break; // in submission order: nothing later matches
      if (text) {
        if (text[md.idx[r] as number] === 1) hit(md, r);
      } else {
        const p: DatedPaper = { i: md.idx[r] as number, id: idAt(md, r), publishedMs: publishedMsAt(md, r) };
        if (compiled.matches(p)) hit(md, r);
      }
    }
  }
}

/**
 * A search's matches, compactly (a few bytes each, however many): position k is the k-th match
 * in submission order, which is also id order. Papers are made only when asked for.
 */
export interface VirtualPaperList {
  readonly length: number;
  corpusIndex(k: number): number;
  publishedMs(k: number): number;
  /** When the latest version visible at `nowMs` was made. */
  updatedMs(k: number, nowMs: number): number;
  paper(k: number): VirtualPaper;
}

/** Like searchVirtualPapers, without making 15,000+ objects for a month of a whole scope. */
export function searchVirtualPaperList(
  query: QueryNode | string,
  range?: { from: string; to: string },
  options: ModelOptions = {},
): VirtualPaperList {
  const months: MonthData[] = [];
  const slots: number[] = [];
  const ranks: number[] = [];
  scan(query, range, options, (md, r) => {
    if (months[months.length - 1] !== md) months.push(md);
    slots.push(months.length - 1);
    ranks.push(r);
  });
  const slot = Uint16Array.from(slots);
  const rank = Uint32Array.from(ranks);
  const md = (k: number) => months[slot[k] as number] as MonthData;
  return {
    length: rank.length,
    corpusIndex: (k) => md(k).idx[rank[k] as number] as number,
    publishedMs: (k) => publishedMsAt(md(k), rank[k] as number),
    updatedMs: (k, nowMs) => {
      const m = md(k);
      const r = rank[k] as number;
      const v1 = publishedMsAt(m, r);
      const v2 = (m.gap2[r] as number) > 0 ? v1 + (m.gap2[r] as number) * 1000 : Infinity;
      const v3 = (m.gap3[r] as number) > 0 ? v2 + (m.gap3[r] as number) * 1000 : Infinity;
      return v3 <= nowMs ? v3 : v2 <= nowMs ? v2 : v1;
    },
    paper: (k) => paperAt(md(k), rank[k] as number),
  };
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
  const out: VirtualPaper[] = [];
  scan(query, range, options, (md, r) => out.push(paperAt(md, r)));
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
  let n = 0;
  scan(query, range, options, () => n++);
  return n;
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
  scan(query, range, options, (md) => byMonth.set(md.month, (byMonth.get(md.month) ?? 0) + 1));
  return monthRange(from, to).map((month) => ({ month, total: byMonth.get(month) ?? 0 }));
}

/** `(cat:A OR cat:B OR ...)`: every paper with at least one of these categories, cross-lists included. */
export function scopeQuery(categories: readonly string[]): QueryNode {
  if (categories.length === 0) throw new RangeError("a scope needs at least one category");
  const terms: QueryNode[] = categories.map((value) => ({ kind: "term", field: "cat", value, phrase: false }));
  return terms.length === 1 ? (terms[0] as QueryNode) : { kind: "or", operands: terms };
}

/**
 * True monthly numbers of papers with any category in the scope (cross-lists included), as a
 * harvest of that scope should find them. HARVEST_SCOPE is the scope volumes are made for.
 */
export function simulatedScopeMonthlyTotals(
  scopeCategories: readonly string[],
  from: MonthKey,
  to: MonthKey,
  options: ModelOptions = {},
): { month: MonthKey; total: number }[] {
  return simulatedMonthlyTotals(scopeQuery(scopeCategories), from, to, options);
}

/** The virtual paper with this id (version suffix allowed), if it exists at now. */
export function findVirtualPaper(id: string, options: ModelOptions = {}): VirtualPaper | undefined {
  const m = /^(\d{2})(\d{2})\.(\d{5})(?:v\d+)?$/.exec(id);
  if (!m) return undefined;
  const month = `20${m[1]}-${m[2]}`;
  if (!isMonthKey(month) || month < FIRST_SIMULATED_MONTH) return undefined;
  const nowMs = (options.now ?? defaultNow()).getTime();
  if (monthBounds(month).start.getTime() > nowMs) return undefined;
  const md = monthData(month, scaleOf(options));
  const r = Number(m[3]) - 1;
  if (r < 0 || r >= md.length) return undefined;
  return publishedMsAt(md, r) <= nowMs ? paperAt(md, r) : undefined;
}

/** Forgets built months (for benchmarks measuring a cold build). */
export function clearModelCache(): void {
  monthCache.clear();
}
