// A store with a real arXiv week for reviews (issue 10): `week` papers first submitted in the
// last 7 days across the 16 roadmap topics (real titles and abstracts from the bundled corpus,
// ids made unique), and an older history the team has marked by a hidden rule: papers about
// `subject` shortlisted, others dismissed. The benchmark and the e2e spec both start from it.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDb, ensureQueryVersion, putTopicPapers, recordHarvestSlice, setPaperMark, type Db } from "../lib/store";
import { listTopics } from "../lib/topics/registry";
import { loadCorpus } from "../lib/simulator/corpus";
import type { Paper } from "../lib/arxiv/paper";
import type { MonthKey } from "../lib/calendar/months";
import { corpusPaperAs } from "../lib/testing/papers";

export interface SeededWeek {
  weekIds: string[];
  /** Older marked papers, with the hidden rule's label. */
  history: { id: string; title: string; summary: string; label: "shortlisted" | "dismissed" }[];
}

import { HIDDEN_SUBJECT } from "./review-week-rule";
const DAY_MS = 86_400_000;

function paperAt(i: number, c: ReturnType<typeof loadCorpus>[number], published: string): Paper {
  return corpusPaperAs(c, `${published.slice(2, 4)}${published.slice(5, 7)}.${String(50000 + i).padStart(5, "0")}`, published);
}

const stamp = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * `marked` history papers get marks; `heldBack` more are returned with their label but not
 * marked, for measuring the ranking on papers it never saw.
 */
export function seedReviewWeek(file: string, o: { week?: number; history?: number; heldBack?: number; now?: Date } = {}): SeededWeek & { heldBack: SeededWeek["history"] } {
  const { week = 3500, history = 1500, heldBack = 500, now = new Date() } = o;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db: Db = openDb(file);
  const topics = listTopics(db).filter((t) => t.origin === "roadmap");
  const versions = new Map(topics.map((t) => [t.slug, ensureQueryVersion(db, t.slug, t.query, now)]));
  const corpus = loadCorpus();
  const perTopic = new Map<string, Paper[]>(topics.map((t) => [t.slug, []]));
  const weekIds: string[] = [];
  const older: Paper[] = [];
  // The week: spread over 6.9 days, so a run started within hours still holds all of it.
  for (let i = 0; i < week + history + heldBack; i++) {
    const c = corpus[i % corpus.length]!;
    const inWeek = i < week;
    const t = inWeek ? now.getTime() - 60_000 - Math.floor((i * 6.9 * DAY_MS) / week) : now.getTime() - 8 * DAY_MS - (i - week) * 40 * 60_000;
    const paper = paperAt(i, c, stamp(t));
    if (inWeek) weekIds.push(paper.id);
    else older.push(paper);
    // Each paper in one to three topics, as real topic overlap does.
    for (let k = 0; k < 1 + (i % 3); k++) perTopic.get(topics[(i * 7 + k * 5) % topics.length]!.slug)!.push(paper);
  }
  for (const [slug, papers] of perTopic) putTopicPapers(db, slug, versions.get(slug)!, papers, now);
  // The index listed every month it holds up to now, and every topic's query is computed.
  const months = [...new Set(db.prepare("SELECT DISTINCT month FROM papers").pluck().all() as string[])].sort();
  for (const [i, m] of months.entries()) {
    const next = months[i + 1];
    const to = next ? `${next}-01T00:00:00.000Z` : now.toISOString();
    recordHarvestSlice(db, { month: m as MonthKey, scopeKey: "seed", from: `${m}-01T00:00:00.000Z`, to, complete: true, settles: !!next, requests: 1, at: now }, `${m}-01T00:00:00.000Z`);
  }
  for (const [slug, v] of versions) db.prepare("INSERT OR IGNORE INTO topic_index_versions (slug, query_version, computed_at) VALUES (?, ?, ?)").run(slug, v, now.toISOString());
  const label = (p: Paper) => (HIDDEN_SUBJECT.test(`${p.title} ${p.summary}`) ? ("shortlisted" as const) : ("dismissed" as const));
  const hist = older.slice(0, history).map((p) => ({ id: p.id, title: p.title, summary: p.summary, label: label(p) }));
  const held = older.slice(history).map((p) => ({ id: p.id, title: p.title, summary: p.summary, label: label(p) }));
  db.transaction(() => {
    for (const h of hist) setPaperMark(db, h.id, h.label, h.label === "shortlisted" ? "Ann" : "Bo", now);
  })();
  db.close();
  return { weekIds, history: hist, heldBack: held };
}

// npx tsx --conditions=react-server scripts/seed-review-week.ts [file] [--week N] [--history N]
//     [--held-back N] [--json]   (--json prints the week's paper ids for a caller such as the e2e spec)
if (process.argv[1]?.endsWith("seed-review-week.ts")) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { week: { type: "string" }, history: { type: "string" }, "held-back": { type: "string" }, json: { type: "boolean" } },
  });
  const count = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const file = positionals[0] ?? ".tmp/review-week.db";
  const r = seedReviewWeek(file, { week: count(values.week), history: count(values.history), heldBack: count(values["held-back"]) });
  if (values.json) console.log(JSON.stringify({ weekIds: r.weekIds }));
  else console.log(`${file}: ${r.weekIds.length} papers this week, ${r.history.length} marked earlier (${r.history.filter((h) => h.label === "shortlisted").length} shortlisted)`);
}
