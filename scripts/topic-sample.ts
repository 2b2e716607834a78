// Reads what each topic query matches in the in-repo corpus (data/corpus/sample-2025.jsonl.gz,
// 8,000 real 2025 papers), with the project's own query parser and the simulator's matcher,
// and compares the current queries (data/topics.json) with the ones before issue 9
// (data/evaluation/queries-before.json).
//
//   npx tsx --conditions=react-server scripts/topic-sample.ts [--topic data,knowledge]
//       [--n 30] [--seed 20261203] [--show sample|gained|lost|none] [--abs 300]
//   … --why 2505.00001,2505.00002  the terms of the query each paper matches
//   … --record judgements.tsv   merge hand judgements into data/evaluation/2026-12-precision/
//   … --before data/evaluation/queries-round1.json   compare with another query set (gained/lost)
//   … --out data/evaluation/2026-12-precision/round-2   record into a later round's file set; the
//       summary then takes each topic from the latest round that judged it (earlier rounds are kept)
//   … --rescore   the current queries scored on every blind (holdout) judgement of any round: of the
//       papers a blind judge read for a topic (the latest judgement of each), those the current
//       query still matches. A judgement is of the paper against the topic, not the query, so it
//       holds for a later version; the papers a later version gains were never judged, so the
//       table says how many of the current holdout matches the judged ones are.
//   … --split dev|holdout   only half of the corpus. A paper is in the holdout half when the first byte
//       of sha256(arXiv id) is odd AND no recorded sample of a round before the --out round contains
//       it; everything else is dev. Queries are revised
//       reading dev papers only and judged on holdout papers, so a judged sample is one the query's
//       author has not read. Default: the whole corpus (as rounds 1-3 were sampled).
//
// The sample is a seeded shuffle of a topic's matches (seed mixed with the slug), so the same
// query, seed and corpus always give the same papers. A judgements file has one line per paper:
// `slug<TAB>arXiv id<TAB>clearly|related|off<TAB>reason`. --record refuses judgements of papers
// that are not in the current sample, so a recorded sample always belongs to the recorded query.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseQuery } from "../lib/arxiv/query";
import type { QueryField, QueryNode } from "../lib/arxiv/query-ast";
import { compileQuery, termMatches } from "../lib/simulator/match";
import { loadCorpus } from "../lib/simulator/corpus";
import { stringHash } from "../lib/simulator/hash";
import catalog from "../data/topics.json";
import { seededRandom } from "../lib/random/seeded-random";

const { values } = parseArgs({
  options: {
    topic: { type: "string" },
    n: { type: "string", default: "30" },
    seed: { type: "string", default: "20261203" },
    show: { type: "string", default: "sample" },
    abs: { type: "string", default: "300" },
    record: { type: "string" },
    why: { type: "string" },
    rescore: { type: "boolean" },
    before: { type: "string", default: path.join("data", "evaluation", "queries-before.json") },
    out: { type: "string", default: path.join("data", "evaluation", "2026-12-precision") },
    split: { type: "string", default: "all" },
  },
});

const N = Number(values.n);
const SEED = Number(values.seed);
const ABS = Number(values.abs);
const BASE_DIR = path.join("data", "evaluation", "2026-12-precision");
const OUT_DIR = values.out as string;
/** Where recorded rounds live, latest first: the --out directory, then the rounds before it. */
const ROUND_DIRS = [...new Set([OUT_DIR, ...(path.resolve(OUT_DIR) === path.resolve(BASE_DIR) ? [] : roundsBefore(OUT_DIR)), BASE_DIR])];

function roundsBefore(dir: string): string[] {
  // round-N directories under the base, N below this one's, latest first.
  const n = Number(/round-(\d+)$/.exec(dir)?.[1] ?? "0");
  return Array.from({ length: Math.max(0, n - 2) }, (_, k) => path.join(BASE_DIR, `round-${n - 1 - k}`));
}
const JUDGEMENTS = ["clearly", "related", "off"] as const;
type Judgement = (typeof JUDGEMENTS)[number];

const SPLIT = values.split as string;
if (!["all", "dev", "holdout"].includes(SPLIT)) throw new Error(`--split must be all, dev or holdout, not ${SPLIT}`);

/** One recorded judgement of a round's <slug>.jsonl. */
interface RecordedRow {
  topic: string;
  id: string;
  judgement: Judgement;
  queryHash: string;
  split?: string;
}

/** The rows of every <slug>.jsonl directly in `dir` (none when it does not exist). */
function recordedRows(dir: string): RecordedRow[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl"))
    .flatMap((name) => jsonlRows(path.join(dir, name)));
}

function jsonlRows(file: string): RecordedRow[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as RecordedRow);
}

/** The hash half a paper falls in: odd ones may be holdout, even ones are always dev. */
function inOddHalf(realId: string): boolean {
  return (createHash("sha256").update(realId).digest()[0] as number) % 2 === 1;
}

/**
 * arXiv ids in a sample recorded by a round before the --out round (round 1 is the base directory's
 * own files): they were read, so they are never holdout for this round. A round's own files do not
 * count, so re-recording a round draws the same sample.
 */
function readBeforeThisRound(): Set<string> {
  const ids = new Set<string>();
  const round = path.resolve(OUT_DIR) === path.resolve(BASE_DIR) ? 1 : Number(/round-(\d+)$/.exec(OUT_DIR)?.[1] ?? "1");
  const dirs = [BASE_DIR, ...Array.from({ length: Math.max(0, round - 2) }, (_, k) => path.join(BASE_DIR, `round-${k + 2}`))];
  for (const dir of round === 1 ? [] : dirs) for (const r of recordedRows(dir)) ids.add(r.id);
  return ids;
}
const READ_BEFORE = SPLIT === "all" ? new Set<string>() : readBeforeThisRound();

function inSplit(realId: string): boolean {
  if (SPLIT === "all") return true;
  const holdout = inOddHalf(realId) && !READ_BEFORE.has(realId);
  return SPLIT === "holdout" ? holdout : !holdout;
}

/** How many papers of the whole corpus a query matches, whatever --split says (the summary's column). */
function wholeCorpusMatches(query: string): number {
  let n = 0;
  compileQuery(parseQuery(query)).textMatches?.forEach((v) => (n += v));
  return n;
}

/** Corpus indices a query matches (the date-free query over the corpus, or over the --split half). */
function matchesOf(query: string): number[] {
  const hits = compileQuery(parseQuery(query)).textMatches;
  if (!hits) throw new Error("a topic query without dates should compile to a plain match set");
  const out: number[] = [];
  hits.forEach((v, i) => {
    if (v === 1 && inSplit(corpus[i]?.realId ?? "")) out.push(i);
  });
  return out;
}

/** The first `n` of a seeded Fisher-Yates shuffle of `matches` (kept in corpus order first). */
function sampleOf(slug: string, matches: number[], n: number): number[] {
  const rand = seededRandom(SEED ^ stringHash(slug));
  const a = [...matches];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a.slice(0, n);
}

export function queryHash(query: string): string {
  return createHash("sha256").update(query).digest("hex").slice(0, 12);
}

const corpus = loadCorpus();
const wanted = values.topic ? new Set(values.topic.split(",")) : null;
const topics = catalog.topics.filter((t) => !wanted || wanted.has(t.slug));
const oldQueries = (JSON.parse(fs.readFileSync(values.before as string, "utf8")) as { queries: Record<string, string> })
  .queries;

function printPaper(i: number, k: number): void {
  const p = corpus[i];
  if (!p) return;
  const abs = p.summary.replace(/\s+/g, " ").slice(0, ABS);
  console.log(`  ${String(k + 1).padStart(2)}. [${p.realId}] ${p.title}  {${p.categories.join(" ")}}`);
  if (ABS > 0) console.log(`      ${abs}`);
}

/** The leaf terms of a query that a paper matches: why a query finds it. */
function leafTerms(node: QueryNode): { field: string; value: string }[] {
  if (node.kind === "term") return [node];
  if (node.kind === "and" || node.kind === "or") return node.operands.flatMap(leafTerms);
  if (node.kind === "andnot") return [...leafTerms(node.left), ...leafTerms(node.right)];
  return [];
}

if (values.rescore) {
  const rows = new Map<string, Map<string, { judgement: Judgement; round: string; queryHash: string }>>();
  for (const dir of fs.readdirSync(BASE_DIR).filter((d) => /^round-\d+$/.test(d)).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))) {
    for (const r of recordedRows(path.join(BASE_DIR, dir))) {
      if (r.split !== "holdout") continue;
      if (!rows.has(r.topic)) rows.set(r.topic, new Map());
      rows.get(r.topic)?.set(r.id, { judgement: r.judgement, round: dir.slice(6), queryHash: r.queryHash });
    }
  }
  // Two readings: the blind samples drawn from this very query's matches (unbiased for it), and
  // every blind judgement the query still matches (more papers, optimistic after a revision).
  console.log("| topic | query hash | blind samples of this query: papers | clearly | clearly or related | all blind judgements it matches | of its holdout matches | rounds | clearly | clearly or related |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const t of topics) {
    const judged = rows.get(t.slug) ?? new Map();
    const ids = new Set(matchesOf(t.query).map((i) => corpus[i]?.realId));
    const hits = [...judged.entries()].filter(([id]) => ids.has(id)).map(([, j]) => j);
    // Holdout matches now: odd-hash papers, read or not (the judged ones are among them).
    const odd = [...ids].filter((id) => id && inOddHalf(id)).length;
    const pct = (k: number) => (hits.length === 0 ? "–" : `${Math.round((100 * k) / hits.length)}%`);
    const rounds = [...new Set(hits.map((h) => h.round))].join(", ") || "–";
    const own = [...judged.values()].filter((j) => j.queryHash === queryHash(t.query));
    const ownPct = (k: number) => (own.length === 0 ? "–" : `${Math.round((100 * k) / own.length)}%`);
    console.log(
      `| ${t.name} | ${queryHash(t.query)} | ${own.length} | ${ownPct(own.filter((h) => h.judgement === "clearly").length)} | ${ownPct(own.filter((h) => h.judgement !== "off").length)} | ${hits.length} | ${odd} | ${rounds} | ${pct(hits.filter((h) => h.judgement === "clearly").length)} | ${pct(hits.filter((h) => h.judgement !== "off").length)} |`,
    );
  }
} else if (values.why) {
  // --why 2505.00001,2505.00002: the terms of each selected topic's query that these papers match.
  for (const id of values.why.split(",")) {
    const i = corpus.findIndex((p) => p.realId === id);
    if (i < 0) continue;
    for (const t of topics) {
      const hits = leafTerms(parseQuery(t.query))
        .filter((x) => x.field !== "id" && termMatches(x.field as Exclude<QueryField, "id">, x.value)[i] === 1)
        .map((x) => `${x.field}:${x.value}`);
      console.log(`${id} ${t.slug}: ${[...new Set(hits)].join(" ")}`);
    }
  }
} else if (values.record) {
  // slug -> id -> [judgement, reason]
  const judged = new Map<string, Map<string, [Judgement, string]>>();
  for (const line of fs.readFileSync(values.record, "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [slug, id, j, ...reason] = line.split("\t");
    if (!slug || !id || !JUDGEMENTS.includes(j as Judgement)) throw new Error(`bad judgement line: ${line}`);
    if (!judged.has(slug)) judged.set(slug, new Map());
    judged.get(slug)?.set(id, [j as Judgement, reason.join(" ").trim()]);
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const t of topics) {
    const mine = judged.get(t.slug);
    if (!mine) continue;
    const sample = sampleOf(t.slug, matchesOf(t.query), N);
    const ids = new Set(sample.map((i) => corpus[i]?.realId));
    for (const id of mine.keys()) if (!ids.has(id)) throw new Error(`${t.slug}: ${id} is not in the current sample`);
    const rows = sample.map((i) => {
      const p = corpus[i];
      const j = p ? mine.get(p.realId) : undefined;
      if (!p || !j) throw new Error(`${t.slug}: ${p?.realId} of the sample has no judgement`);
      return { topic: t.slug, queryHash: queryHash(t.query), seed: SEED, split: SPLIT, id: p.realId, title: p.title, judgement: j[0], reason: j[1] };
    });
    fs.writeFileSync(path.join(OUT_DIR, `${t.slug}.jsonl`), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    console.log(`recorded ${rows.length} judgements for ${t.slug}`);
  }
  // The summary covers every recorded topic, whatever --topic says.
  const lines = [
    "| topic | round | split | query hash | matches in corpus | sample | clearly | clearly or related |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const t of catalog.topics) {
    const dir = ROUND_DIRS.find((d) => fs.existsSync(path.join(d, `${t.slug}.jsonl`)));
    if (!dir) continue;
    const file = path.join(dir, `${t.slug}.jsonl`);
    const rows = jsonlRows(file);
    const stale = rows.some((r) => r.queryHash !== queryHash(t.query));
    const clearly = rows.filter((r) => r.judgement === "clearly").length;
    const related = rows.filter((r) => r.judgement !== "off").length;
    const pct = (k: number) => `${Math.round((100 * k) / rows.length)}%`;
    lines.push(
      `| ${t.name} | ${path.resolve(dir) === path.resolve(BASE_DIR) ? "1" : (/round-(\d+)$/.exec(dir)?.[1] ?? dir)} | ${rows[0]?.split ?? "all"} | ${rows[0]?.queryHash}${stale ? " (stale)" : ""} | ${wholeCorpusMatches(t.query)} | ${rows.length} | ${pct(clearly)} | ${pct(related)} |`,
    );
  }
  fs.writeFileSync(path.join(OUT_DIR, "summary.md"), lines.join("\n") + "\n");
  console.log(lines.join("\n"));
} else {
  console.log(`corpus: ${corpus.length} papers (split ${SPLIT}); seed ${SEED}; sample ${N}`);
  const header = "topic".padEnd(26) + "old".padStart(6) + "new".padStart(6) + "gained".padStart(8) + "lost".padStart(6) + "  len  hash";
  if (values.show === "none") console.log(header);
  for (const t of topics) {
    const oldQ = oldQueries[t.slug];
    const oldM = oldQ ? matchesOf(oldQ) : [];
    const newM = matchesOf(t.query);
    const oldSet = new Set(oldM);
    const newSet = new Set(newM);
    const gained = newM.filter((i) => !oldSet.has(i));
    const lost = oldM.filter((i) => !newSet.has(i));
    const row =
      t.slug.padEnd(26) +
      String(oldM.length).padStart(6) +
      String(newM.length).padStart(6) +
      String(gained.length).padStart(8) +
      String(lost.length).padStart(6) +
      `  ${String(t.query.length).padStart(4)} ${queryHash(t.query)}`;
    if (values.show === "none") {
      console.log(row);
      continue;
    }
    console.log(`\n=== ${header}\n    ${row}`);
    const list = values.show === "gained" ? gained : values.show === "lost" ? lost : newM;
    sampleOf(t.slug, list, N).forEach(printPaper);
  }
}
