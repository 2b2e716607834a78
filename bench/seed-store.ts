// Builds the benchmark store: every catalog topic x 60 months of counts and 20,000 papers
// (real titles and abstracts from the bundled corpus, ids made unique), spread over topics.
import fs from "node:fs";
import { openDb, ensureQueryVersion, putMonthlyCount, putTopicPapers } from "../lib/store";
import { addMonths, currentMonth, monthRange } from "../lib/calendar/months";
import { syncableTopics } from "../lib/topics/catalog";
import { loadCorpus } from "../lib/simulator/corpus";
import type { Paper } from "../lib/arxiv/paper";
import { corpusPaperAs } from "../lib/testing/papers";

export function seedBenchStore(file: string, paperCount = 20_000, months = 60): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = openDb(file);
  const topics = syncableTopics();
  const now = new Date();
  const to = currentMonth(now);
  const range = monthRange(addMonths(to, -(months - 1)), to);
  const versions = new Map(topics.map((t) => [t.slug, ensureQueryVersion(db, t.slug, t.query, now)]));
  db.transaction(() => {
    topics.forEach((t, ti) => {
      range.forEach((month, mi) => {
        const count = Math.round(50 + ti * 7 + mi * (1 + (ti % 5)) + 10 * Math.sin(mi + ti));
        putMonthlyCount(db, { slug: t.slug, queryVersion: versions.get(t.slug)! }, month, count, now);
      });
    });
  })();
  const corpus = loadCorpus();
  const roadmap = topics.filter((t) => t.part !== "baseline");
  const perTopic = new Map<string, Paper[]>(roadmap.map((t) => [t.slug, []]));
  for (let i = 0; i < paperCount; i++) {
    const c = corpus[i % corpus.length]!;
    const published = new Date(now.getTime() - i * 60_000 * 7).toISOString().replace(/\.\d{3}Z$/, "Z");
    const paper = corpusPaperAs(c, `${published.slice(2, 4)}${published.slice(5, 7)}.${String(10000 + i).padStart(5, "0")}`, published);
    // Each paper in one to three topics, as real topic overlap does.
    for (let k = 0; k < 1 + (i % 3); k++) perTopic.get(roadmap[(i * 7 + k * 5) % roadmap.length]!.slug)!.push(paper);
  }
  for (const [slug, papers] of perTopic) putTopicPapers(db, slug, versions.get(slug)!, papers, now);
  db.close();
}
