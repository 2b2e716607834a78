import { describe, expect, it } from "vitest";
import { openDb } from "./db";
import { putIndexedPapers } from "./index-papers";
import { recomputeTopic } from "./topic-index";
import { isWarmFor, previewMonthlyMatches } from "./term-cache";
import { countTopicPapers, listTopicPapers } from "./papers";
import { matchedTerms, queryMatchesPaper } from "../index/explain";
import { getMonthlyCounts } from "./counts";
import { recordHarvestSlice } from "./index-months";
import { makeScope } from "../index/scope";
import { indexWords } from "../index/match-expression";
import { parseTopicQuery } from "../arxiv/query";
import type { Paper } from "../arxiv/paper";
import { corpusPapers, makePaper } from "../testing/papers";
import type { MonthKey } from "../calendar/months";
import { loadCatalog } from "../topics/catalog";

const scope = makeScope(["cs.CL", "cs.CV", "cs.AI", "cs.LG", "cs.RO", "cs.CR", "eess.IV", "stat.ML"], "RADAR_SCOPE");
const m = (s: string) => s as MonthKey;

/** The pure evaluator (lib/index/explain.ts) is written apart from the FTS translation: they must agree. */
const naiveMatch = queryMatchesPaper;

function seeded(): { db: ReturnType<typeof openDb>; papers: Paper[] } {
  const db = openDb(":memory:");
  const papers = corpusPapers(() => true, 2500).map((p, i) => ({ ...p, id: `2501.${String(i).padStart(5, "0")}` }));
  putIndexedPapers(db, papers, new Date("2025-12-01T00:00:00Z"), scope);
  for (let k = 1; k <= 9; k++) {
    const month = `2025-0${k}`;
    recordHarvestSlice(db, { month: m(month), scopeKey: scope.key, from: `${month}-01T00:00:00.000Z`, to: `${month}-28T00:00:00.000Z`, complete: true, settles: false, requests: 1, at: new Date() }, `${month}-01T00:00:00.000Z`);
  }
  return { db, papers };
}

const QUERIES = [
  ...loadCatalog().topics.map((t) => t.query),
  'ti:"language model" OR abs:LLM',
  "abs:hallucinat* AND cat:cs.CL",
  '(ti:vision OR ti:image) ANDNOT abs:"large language model"',
  "cat:cs.* AND abs:benchmark",
  "all:transformer ANDNOT cat:cs.CV",
  'abs:"vision-language" OR ti:VLM',
];

describe("local query engine", () => {
  it("counts per month exactly the papers an independent evaluator finds, inside the scope", () => {
    const { db, papers } = seeded();
    for (const [i, text] of QUERIES.entries()) {
      const node = parseTopicQuery(text);
      recomputeTopic(db, { slug: `q${i}`, queryVersion: 1, queryNode: node }, new Date());
      const expected = new Map<string, number>();
      for (const p of papers) if (p.categories.some((c) => scope.categories.includes(c)) && naiveMatch(node, p)) expected.set(p.published.slice(0, 7), (expected.get(p.published.slice(0, 7)) ?? 0) + 1);
      const counts = getMonthlyCounts(db, { slug: `q${i}`, queryVersion: 1 }, m("2025-01"), m("2025-09"));
      expect(counts.size, text).toBe(9);
      for (const [month, c] of counts) expect(c.count, `${text} ${month}`).toBe(expected.get(month) ?? 0);
      // The preview's term-by-term set algebra gives the same numbers as one FTS query.
      const preview = previewMonthlyMatches(db, node, m("2025-01"), m("2025-09"));
      for (const [month, c] of counts) expect(preview.get(month) ?? 0, `preview ${text} ${month}`).toBe(c.count);
      if (i >= loadCatalog().topics.length) expect([...expected.values()].reduce((a, b) => a + b, 0), text).toBeGreaterThan(0);
    }
  });

  it("recomputes the same matches from warm cached terms as from one full-text query", () => {
    const { db } = seeded();
    for (const [i, text] of QUERIES.entries()) {
      const node = parseTopicQuery(text);
      recomputeTopic(db, { slug: `cold${i}`, queryVersion: 1, queryNode: node }, new Date());
      if (i === 0) expect(isWarmFor(db, node)).toBe(false);
      previewMonthlyMatches(db, node, m("2025-01"), m("2025-09")); // warms every term
      expect(isWarmFor(db, node)).toBe(true);
      recomputeTopic(db, { slug: `warm${i}`, queryVersion: 1, queryNode: node }, new Date());
      const members = (slug: string) => db.prepare("SELECT month, paper_id FROM topic_papers WHERE slug = ? ORDER BY 1, 2").all(slug);
      expect(members(`warm${i}`), text).toEqual(members(`cold${i}`));
    }
  });

  it("lists a month's papers, total equal to the count, each with the terms that matched", () => {
    const { db } = seeded();
    const node = parseTopicQuery('ti:"language model" OR abs:LLM');
    recomputeTopic(db, { slug: "lm", queryVersion: 1, queryNode: node }, new Date());
    const count = getMonthlyCounts(db, { slug: "lm", queryVersion: 1 }, m("2025-03"), m("2025-03")).get(m("2025-03"))?.count;
    const months = { from: "2025-03", to: "2025-03" };
    const page = { total: countTopicPapers(db, "lm", 1, { months }), papers: listTopicPapers(db, "lm", 1, { months, limit: 500 }) };
    expect(page.total).toBe(count);
    expect(page.papers).toHaveLength(page.total);
    for (const p of page.papers) {
      const terms = matchedTerms(node, p);
      expect(terms.length, p.title).toBeGreaterThan(0);
      if (terms.includes('ti:"language model"')) expect(indexWords(p.title).join(" ")).toContain("language model");
    }
  });

  it("previews a draft without storing it, and a harvested month without matches counts 0, not unknown", () => {
    const { db } = seeded();
    const node = parseTopicQuery("ti:zzzyxw");
    expect(previewMonthlyMatches(db, node, m("2025-01"), m("2025-09")).size).toBe(0);
    recomputeTopic(db, { slug: "none", queryVersion: 1, queryNode: node }, new Date());
    const counts = getMonthlyCounts(db, { slug: "none", queryVersion: 1 }, m("2024-12"), m("2025-09"));
    expect(counts.get(m("2025-01"))?.count).toBe(0);
    expect(counts.has(m("2024-12"))).toBe(false);
  });

  it("keeps a phrase inside one author, and a newer version replaces the text it is found by", () => {
    const db = openDb(":memory:");
    const a = makePaper("2502.00001", "2025-02-03T00:00:00Z", { authors: [{ name: "Ada Smith", affiliations: [] }, { name: "Jane Doe", affiliations: [] }] });
    putIndexedPapers(db, [a], new Date(), scope);
    recordHarvestSlice(db, { month: m("2025-02"), scopeKey: scope.key, from: "2025-02-01T00:00:00.000Z", to: "2025-03-01T00:00:00.000Z", complete: true, settles: true, requests: 1, at: new Date() }, "2025-02-01T00:00:00.000Z");
    const count = (q: string) => previewMonthlyMatches(db, parseTopicQuery(q), m("2025-02"), m("2025-02")).get(m("2025-02")) ?? 0;
    expect(count('au:"ada smith"')).toBe(1);
    expect(count('au:"smith jane"')).toBe(0);
    putIndexedPapers(db, [{ ...a, version: 2, title: "Quantum widgets" }], new Date(), scope);
    putIndexedPapers(db, [{ ...a, version: 1, title: "Old title" }], new Date(), scope);
    expect(count("ti:widgets")).toBe(1);
    expect(count("ti:paper")).toBe(0);
    expect(count("ti:old")).toBe(0);
  });
});
