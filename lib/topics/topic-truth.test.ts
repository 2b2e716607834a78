// Issue 9's measurements against independent recomputes: labels per topic and query version,
// the lab's gained/lost lists, and the overlap matrix.
import { beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../store/db";
import { putIndexedPapers } from "../store/index-papers";
import { recordHarvestSlice } from "../store/index-months";
import { recomputeTopic } from "../store/topic-index";
import { ensureQueryVersion, findQueryVersion } from "../store/query-versions";
import { makeScope } from "../index/scope";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import { corpusPapers } from "../testing/papers";
import type { MonthKey } from "../calendar/months";
import type { Topic } from "./catalog";
import type { ResolvedTopic } from "./resolve";
import { labelTopicPaper, readTopicLabels } from "./labels";
import { LAB_PAGE_SIZE, readQueryLab } from "./query-lab";
import { readTopicOverlap } from "./overlap";

const scope = makeScope(["cs.CL", "cs.CV", "cs.AI", "cs.LG", "cs.RO", "cs.CR", "eess.IV", "stat.ML"], "RADAR_SCOPE");
const NOW = new Date("2025-10-15T00:00:00Z");
let db: Db;

function topic(slug: string, query: string): Topic {
  const queryNode = parseTopicQuery(query);
  return { slug, name: slug, part: "custom", description: "", query: renderQuery(queryNode), queryNode, queryNotes: "" };
}

/** Records the topic's query as a version and computes its matches, as the editor does. */
/** The topic as a request resolves it: its current query version read now. */
function resolved(t: Topic): ResolvedTopic {
  return { ...t, origin: "custom", archived: false, edited: false, originalQuery: null, queryVersion: findQueryVersion(db, t.slug, t.query) };
}

function computed(t: Topic): number {
  const queryVersion = ensureQueryVersion(db, t.slug, t.query);
  recomputeTopic(db, { slug: t.slug, queryVersion, queryNode: t.queryNode }, NOW);
  return queryVersion;
}

/** Ids (and months) a query version matches, from topic_papers. */
function matches(slug: string, version: number): Map<string, MonthKey> {
  const rows = db.prepare("SELECT paper_id, month FROM topic_papers WHERE slug = ? AND query_version = ?").raw().all(slug, version) as [string, MonthKey][];
  return new Map(rows);
}

beforeAll(() => {
  db = openDb(":memory:");
  const papers = corpusPapers(() => true, 2500).map((p, i) => ({ ...p, id: `2501.${String(i).padStart(5, "0")}` }));
  putIndexedPapers(db, papers, new Date("2025-12-01T00:00:00Z"), scope);
  for (let k = 1; k <= 9; k++) {
    const month = `2025-0${k}` as MonthKey;
    recordHarvestSlice(db, { month, scopeKey: scope.key, from: `${month}-01T00:00:00.000Z`, to: `${month}-28T00:00:00.000Z`, complete: true, settles: false, requests: 1, at: new Date() }, `${month}-01T00:00:00.000Z`);
  }
});

describe("on-topic labels", () => {
  it("count per topic and current query version, and only for papers the version still matches", () => {
    const v1 = topic("lm", 'ti:"language model" OR abs:LLM');
    computed(v1);
    const ids = [...matches("lm", 1).keys()].sort();
    expect(ids.length).toBeGreaterThan(10);
    labelTopicPaper(db, resolved(v1), ids[0]!, "on", "ada");
    labelTopicPaper(db, resolved(v1), ids[1]!, "on", "ada");
    labelTopicPaper(db, resolved(v1), ids[2]!, "off", "bo");
    let r = readTopicLabels(db, resolved(v1));
    expect(r.queryVersion).toBe(1);
    expect(r.rate).toMatchObject({ labelled: 3 });
    expect(r.rate.rate).toBeCloseTo(2 / 3, 10);
    expect(r.labels[ids[2]!]).toMatchObject({ label: "off", labelledBy: "bo" });
    // Relabel and clear: still one label per paper.
    labelTopicPaper(db, resolved(v1), ids[2]!, "on", "cy");
    labelTopicPaper(db, resolved(v1), ids[1]!, null, "cy");
    r = readTopicLabels(db, resolved(v1));
    expect(r.rate).toMatchObject({ rate: 1, labelled: 2 });

    // Another topic's labels do not leak in.
    const other = topic("other", "abs:benchmark");
    computed(other);
    expect(readTopicLabels(db, resolved(other)).rate.labelled).toBe(0);

    // A label on a paper the version no longer matches is kept but not counted.
    db.prepare("DELETE FROM topic_papers WHERE slug = 'lm' AND query_version = 1 AND paper_id = ?").run(ids[0]);
    r = readTopicLabels(db, resolved(v1));
    expect(r.rate.labelled).toBe(1);
    expect(r.labels[ids[0]!]).toBeDefined();
  });

  it("carry into a new query version for the papers it still matches, and stay per version", () => {
    const v1 = topic("lm2", 'ti:"language model" OR abs:LLM');
    const v2 = topic("lm2", "abs:LLM");
    expect(computed(v1)).toBe(1);
    recomputeTopic(db, { slug: "scratch-lm2", queryVersion: 1, queryNode: v2.queryNode }, NOW);
    const m1 = matches("lm2", 1);
    const m2 = matches("scratch-lm2", 1);
    const both = [...m1.keys()].filter((id) => m2.has(id)).sort();
    const onlyV1 = [...m1.keys()].filter((id) => !m2.has(id)).sort();
    expect(both.length).toBeGreaterThan(1);
    expect(onlyV1.length).toBeGreaterThan(0);
    labelTopicPaper(db, resolved(v1), both[0]!, "on", "ada");
    labelTopicPaper(db, resolved(v1), onlyV1[0]!, "off", "bo");
    expect(readTopicLabels(db, resolved(v1)).rate).toMatchObject({ rate: 0.5, labelled: 2 });

    // Version 2 counts version 1's judgement of the paper it still matches, not of the one it dropped.
    expect(computed(v2)).toBe(2);
    let r2 = readTopicLabels(db, resolved(v2));
    expect(r2.queryVersion).toBe(2);
    expect(r2.rate).toMatchObject({ rate: 1, labelled: 1 });
    expect(r2.labels[both[0]!]).toMatchObject({ label: "on", labelledBy: "ada", queryVersion: 1 });
    expect(r2.labels[onlyV1[0]!]).toMatchObject({ label: "off", queryVersion: 1 });

    // A label made under version 2 wins there and leaves version 1's own label alone.
    labelTopicPaper(db, resolved(v2), both[0]!, "off", "cy", new Date("2025-11-01T00:00:00Z"));
    labelTopicPaper(db, resolved(v2), both[1]!, "on", "cy");
    r2 = readTopicLabels(db, resolved(v2));
    expect(r2.rate).toMatchObject({ rate: 0.5, labelled: 2 });
    expect(r2.labels[both[0]!]).toMatchObject({ label: "off", labelledBy: "cy", queryVersion: 2 });
    const r1 = readTopicLabels(db, resolved(v1));
    expect(r1.labels[both[0]!]).toMatchObject({ label: "on", labelledBy: "ada", queryVersion: 1 });
    // Version 1 sees version 2's label of both[1] (its own has none): 2 on, 1 off.
    expect(r1.rate.labelled).toBe(3);
    expect(r1.rate.rate).toBeCloseTo(2 / 3, 10);

    // Clearing takes the paper's label back under every version.
    labelTopicPaper(db, resolved(v2), both[0]!, null, "cy");
    expect(readTopicLabels(db, resolved(v1)).labels[both[0]!]).toBeUndefined();
    expect(readTopicLabels(db, resolved(v2)).rate).toMatchObject({ rate: 1, labelled: 1 });
  });

  it("refuses unknown papers", () => {
    const t = topic("lm", 'ti:"language model" OR abs:LLM');
    expect(() => labelTopicPaper(db, resolved(t), "9999.99999", "on", "ada")).toThrow(/not found/);
  });
});

describe("query lab", () => {
  it("gains and loses exactly the difference of the two queries' matches", () => {
    const pairs: [string, string][] = [
      ['ti:"language model" OR abs:LLM', 'abs:LLM OR abs:hallucinat*'],
      ["abs:benchmark", "abs:benchmark ANDNOT cat:cs.CV"],
      ['(ti:vision OR ti:image) ANDNOT abs:"large language model"', 'abs:"vision-language" OR ti:VLM'],
    ];
    for (const [i, [currentText, draftText]] of pairs.entries()) {
      const current = topic(`lab${i}`, currentText);
      const a = computed(current);
      // Independent recomputes of both queries through the index into scratch slugs.
      recomputeTopic(db, { slug: `scratch-a${i}`, queryVersion: 1, queryNode: current.queryNode }, NOW);
      recomputeTopic(db, { slug: `scratch-b${i}`, queryVersion: 1, queryNode: parseTopicQuery(draftText) }, NOW);
      expect(a).toBe(1);
      const A = matches(`scratch-a${i}`, 1);
      const B = matches(`scratch-b${i}`, 1);
      const window = (m: MonthKey) => m >= "2025-01" && m <= "2025-09";
      const gained = [...B.keys()].filter((id) => !A.has(id) && window(B.get(id)!)).sort();
      const lost = [...A.keys()].filter((id) => !B.has(id) && window(A.get(id)!)).sort();
      expect(gained.length + lost.length, draftText).toBeGreaterThan(0);

      const lab = readQueryLab(db, resolved(current), { query: draftText }, NOW);
      expect(lab.totals).toEqual({ gained: gained.length, lost: lost.length });
      for (const m of lab.months) {
        expect(m.current).toBe([...A.values()].filter((x) => x === m.month).length);
        expect(m.draft).toBe([...B.values()].filter((x) => x === m.month).length);
        expect(m.gained).toBe(gained.filter((id) => B.get(id) === m.month).length);
        expect(m.lost).toBe(lost.filter((id) => A.get(id) === m.month).length);
      }
      expect(lab.months.map((m) => m.month)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]);
      for (const side of ["gained", "lost"] as const) {
        const expected = side === "gained" ? gained : lost;
        const listed: string[] = [];
        for (let offset = 0; offset < expected.length; offset += LAB_PAGE_SIZE) {
          const page = readQueryLab(db, resolved(current), { query: draftText, side, offset }, NOW).papers!;
          expect(page.total).toBe(expected.length);
          listed.push(...page.items.map((p) => p.id));
        }
        expect(listed.sort(), `${side} ${draftText}`).toEqual(expected);
      }
      // One month's list is that month's part of the difference.
      const month = lab.months.find((m) => m.gained > 0);
      if (month) {
        const page = readQueryLab(db, resolved(current), { query: draftText, side: "gained", month: month.month }, NOW).papers!;
        expect(page.total).toBe(month.gained);
        expect(page.items.every((p) => B.get(p.id) === month.month)).toBe(true);
      }
    }
  });

  it("shows the current version's labels on lost papers", () => {
    const current = topic("lab-label", "abs:benchmark");
    computed(current);
    const lab = readQueryLab(db, resolved(current), { query: "abs:benchmark ANDNOT cat:cs.CV", side: "lost" }, NOW);
    const id = lab.papers!.items[0]!.id;
    labelTopicPaper(db, resolved(current), id, "off", "ada");
    const again = readQueryLab(db, resolved(current), { query: "abs:benchmark ANDNOT cat:cs.CV", side: "lost" }, NOW);
    expect(again.papers!.items.find((p) => p.id === id)?.label).toMatchObject({ label: "off", labelledBy: "ada", queryVersion: 1 });
  });
});

describe("overlap matrix", () => {
  it("equals pairwise intersections of the current versions' matches in the period", () => {
    const topics = [topic("ov-a", 'ti:"language model" OR abs:LLM'), topic("ov-b", "abs:benchmark"), topic("ov-c", "cat:cs.CV"), topic("ov-never", "abs:zzzunmatched")];
    for (const t of topics.slice(0, 3)) computed(t);
    // An old version of ov-b must not count: its current query becomes version 2, with the
    // matches of another query left under version 1.
    const old = topic("ov-b", "abs:LLM");
    computed(old);
    db.prepare("DELETE FROM topic_query_versions WHERE slug = 'ov-b' AND version = 2").run();
    db.prepare("UPDATE topic_query_versions SET version = 2 WHERE slug = 'ov-b' AND version = 1").run();
    db.prepare("UPDATE topic_papers SET query_version = 3 WHERE slug = 'ov-b' AND query_version = 1").run();
    db.prepare("UPDATE topic_papers SET query_version = 1 WHERE slug = 'ov-b' AND query_version = 2").run();
    db.prepare("UPDATE topic_papers SET query_version = 2 WHERE slug = 'ov-b' AND query_version = 3").run();
    const from = "2025-03" as MonthKey;
    const to = "2025-07" as MonthKey;
    const answer = readTopicOverlap(db, topics.map(resolved), from, to);
    const inPeriod = (slug: string) =>
      new Set([...matches(slug, slug === "ov-b" ? 2 : 1)].filter(([, m]) => m >= from && m <= to).map(([id]) => id));
    const sets = topics.map((t) => (t.slug === "ov-never" ? new Set<string>() : inPeriod(t.slug)));
    expect(sets[1]!.size).toBeGreaterThan(0);
    topics.forEach((_, i) => {
      expect(answer.topics[i]!.papers).toBe(sets[i]!.size);
      topics.forEach((__, j) => {
        const both = [...sets[i]!].filter((id) => sets[j]!.has(id)).length;
        expect(answer.rows[i]![j]!.both, `${i},${j}`).toBe(both);
        expect(answer.rows[i]![j]!.share).toBe(sets[i]!.size === 0 ? null : both / sets[i]!.size);
      });
    });
    expect(answer.rows[0]![1]!.both).toBeGreaterThan(0);
  });
});
