import { describe, expect, it } from "vitest";
import { monthRange, submittedDateRange, type MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import { loadCorpus } from "./corpus";
import { termMatches } from "./match";
import {
  HARVEST_SCOPE,
  categoryVolume,
  clearModelCache,
  defaultScale,
  findVirtualPaper,
  scopeMonthlyTarget,
  scopeQuery,
  searchVirtualPaperList,
  searchVirtualPapers,
  simulatedMonthlyTotals,
  simulatedScopeMonthlyTotals,
  simulatedTotal,
  versionAt,
  virtualPapersOfMonth,
  type VirtualPaper,
} from "./model";

const NOW = new Date("2026-05-15T12:00:00Z");
// Scale 1 explicitly, whatever SIM_SCALE says: these tests check real magnitudes.
const at = { now: NOW, scale: 1 };
const LLM = 'abs:"language model"';
const month = (s: string) => s as MonthKey;

describe("simulated arXiv model", () => {
  it("gives the same totals every time", () => {
    const a = monthRange(month("2024-01"), month("2024-06")).map((m) => simulatedTotal(LLM, submittedDateRange(m), at));
    const b = monthRange(month("2024-01"), month("2024-06")).map((m) => simulatedTotal(LLM, submittedDateRange(m), at));
    expect(a).toEqual(b);
    expect(a.every((n) => n > 0)).toBe(true);
  });

  it("adds the months of a year up to the year's total", () => {
    const months = monthRange(month("2023-01"), month("2023-12"));
    const sum = months.reduce((s, m) => s + simulatedTotal(LLM, submittedDateRange(m), at), 0);
    expect(sum).toBe(simulatedTotal(LLM, { from: "202301010000", to: "202312312359" }, at));
    // The same range written into the query itself gives the same number.
    expect(simulatedTotal(`${LLM} AND submittedDate:[202301010000 TO 202312312359]`, undefined, at)).toBe(sum);
    const monthly = simulatedMonthlyTotals(LLM, month("2023-01"), month("2023-12"), at);
    expect(monthly.map((m) => m.month)).toEqual(months);
    expect(monthly.map((m) => m.total)).toEqual(months.map((m) => simulatedTotal(LLM, submittedDateRange(m), at)));
  });

  it("publishes nothing after now, and the current month only up to now", () => {
    expect(simulatedTotal("cat:cs.CV", submittedDateRange(month("2026-06")), at)).toBe(0);
    const may = searchVirtualPapers("cat:cs.CV", submittedDateRange(month("2026-05")), at);
    expect(may.length).toBeGreaterThan(0);
    expect(Math.max(...may.map((p) => p.publishedMs))).toBeLessThanOrEqual(NOW.getTime());
    const later = simulatedTotal("cat:cs.CV", submittedDateRange(month("2026-05")), { now: new Date("2026-05-31T00:00:00Z") });
    expect(later).toBeGreaterThan(may.length);
    expect(simulatedTotal("cat:cs.CV", submittedDateRange(month("2014-12")), at)).toBe(0);
  });

  it("grows over the years, to realistic monthly magnitudes", () => {
    // all:diffusion matches about 10 % of the corpus.
    const share = termMatches("all", "diffusion").reduce((s, v) => s + v, 0) / loadCorpus().length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
    // At scale 1 the whole scope has ~2,600 papers a month in 2016 and ~15,000 in 2025.
    const in2016 = simulatedTotal("all:diffusion", submittedDateRange(month("2016-03")), at);
    const in2025 = simulatedTotal("all:diffusion", submittedDateRange(month("2025-03")), at);
    expect(in2016).toBeGreaterThan(100);
    expect(in2016).toBeLessThan(400);
    expect(in2025).toBeGreaterThan(700);
    expect(in2025).toBeLessThan(2000);
    expect(in2025).toBeGreaterThan(3 * in2016);
  });

  it("gives each primary category its own growth curve", () => {
    const ratio = (c: string) => categoryVolume(c, month("2025-06"), at) / categoryVolume(c, month("2021-06"), at);
    const ratios = ["cs.CV", "cs.CL", "cs.AI", "cs.LG", "cs.RO"].map(ratio);
    expect(new Set(ratios.map((r) => r.toFixed(2))).size).toBe(ratios.length);
    for (const r of ratios) expect(r).toBeGreaterThan(1); // everything grew from 2021 to 2025
    // cs.CL and cs.AI gained share; cs.CV did not.
    expect(ratio("cs.CL")).toBeGreaterThan(ratio("cs.CV"));
    expect(ratio("cs.AI")).toBeGreaterThan(ratio("cs.CV"));
    expect(categoryVolume("cs.LG", month("2026-01"), at)).toBeGreaterThan(1000);
    expect(categoryVolume("no.such", month("2026-01"), at)).toBe(0);
  });

  it("gives every virtual paper a unique YYMM.NNNNN id in submission order, findable by id", () => {
    const papers = virtualPapersOfMonth(month("2024-02"), at);
    const ids = papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^2402\.\d{5}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    const start = Date.UTC(2024, 1, 1);
    const end = Date.UTC(2024, 2, 1);
    expect(papers.every((p) => p.publishedMs >= start && p.publishedMs < end)).toBe(true);
    const sample = papers[17];
    expect(sample).toBeDefined();
    expect(findVirtualPaper(sample!.id, at)).toEqual(sample);
    expect(findVirtualPaper(`${sample!.id}v2`, at)).toEqual(sample);
    const last = papers[papers.length - 1]!;
    expect(findVirtualPaper(last.id, at)).toEqual(last);
    expect(papers.length).toBeLessThan(99_999);
    expect(findVirtualPaper("2402.99999", at)).toBeUndefined();
    expect(findVirtualPaper("2612.00001", at)).toBeUndefined();
  });

  it("gives versions 1 to 3 with updated at or after published, never after now", () => {
    const papers = virtualPapersOfMonth(month("2025-11"), at);
    const seen = new Set<number>();
    for (const p of papers) {
      const { version, updatedMs } = versionAt(p, NOW.getTime());
      seen.add(version);
      expect(version).toBeGreaterThanOrEqual(1);
      expect(version).toBeLessThanOrEqual(3);
      expect(updatedMs).toBeGreaterThanOrEqual(p.publishedMs);
      expect(updatedMs).toBeLessThanOrEqual(NOW.getTime());
    }
    expect([...seen].sort()).toEqual([1, 2, 3]);
    // Right after submission only v1 exists.
    const first = papers[0]!;
    expect(versionAt(first, first.publishedMs).version).toBe(1);
  });

  it("accepts a QueryNode as well as query text", () => {
    const node: QueryNode = {
      kind: "and",
      operands: [
        { kind: "term", field: "abs", value: "language model", phrase: true },
        { kind: "submittedDate", from: "202402010000", to: "202402292359" },
      ],
    };
    expect(simulatedTotal(node, undefined, at)).toBe(simulatedTotal(LLM, submittedDateRange(month("2024-02")), at));
  });

  it("counts a month quickly once warm", () => {
    simulatedTotal(LLM, submittedDateRange(month("2022-02")), at);
    const t = performance.now();
    for (let k = 0; k < 50; k++) simulatedTotal(LLM, submittedDateRange(month("2022-02")), at);
    expect((performance.now() - t) / 50).toBeLessThan(20);
  });
});

describe("simulated arXiv magnitudes (harvest scope)", () => {
  const scopeTotal = (m: string, scale = 1) =>
    simulatedScopeMonthlyTotals(HARVEST_SCOPE, month(m), month(m), { now: NOW, scale })[0]!.total;
  const primaryOf = (p: VirtualPaper) => p.primaryCategory ?? loadCorpus()[p.i]!.primaryCategory;

  it("has the scope's real monthly volumes at scale 1, within 15 %", () => {
    expect(scopeMonthlyTarget(2018.5)).toBeGreaterThan(4500);
    expect(scopeMonthlyTarget(2018.5)).toBeLessThan(5500);
    expect(scopeMonthlyTarget(2025.8)).toBeGreaterThan(14_000);
    expect(scopeMonthlyTarget(2025.8)).toBeLessThan(16_000);
    const in2018 = scopeTotal("2018-06");
    const in2025 = scopeTotal("2025-10");
    expect(Math.abs(in2018 / 5000 - 1)).toBeLessThan(0.15);
    expect(Math.abs(in2025 / 15_000 - 1)).toBeLessThan(0.15);
    // Smooth growth in between, lower before.
    const in2015 = scopeTotal("2015-06");
    const in2022 = scopeTotal("2022-06");
    expect(in2015).toBeLessThan(0.7 * in2018);
    expect(in2015).toBeGreaterThan(1500);
    expect(in2022).toBeGreaterThan(1.5 * in2018);
    expect(in2022).toBeLessThan(in2025);
  });

  it("counts the scope the same way as a scope query, and as the papers a search returns", () => {
    const query = scopeQuery(HARVEST_SCOPE);
    const monthly = simulatedScopeMonthlyTotals(HARVEST_SCOPE, month("2025-09"), month("2025-10"), { now: NOW, scale: 0.05 });
    expect(monthly.map((m) => m.total)).toEqual(
      ["2025-09", "2025-10"].map((m) => simulatedTotal(query, submittedDateRange(month(m)), { now: NOW, scale: 0.05 })),
    );
    expect(monthly[1]!.total).toBe(searchVirtualPapers(query, submittedDateRange(month("2025-10")), { now: NOW, scale: 0.05 }).length);
    // A narrower scope counts fewer papers, cross-lists included.
    const small = simulatedScopeMonthlyTotals(["q-bio.BM"], month("2025-10"), month("2025-10"), at)[0]!.total;
    expect(small).toBe(simulatedTotal("cat:q-bio.BM", submittedDateRange(month("2025-10")), at));
    expect(small).toBeLessThan(monthly[1]!.total * 20);
    expect(() => scopeQuery([])).toThrow(RangeError);
  });

  it("splits the volume by primary category in realistic proportions", () => {
    const papers = virtualPapersOfMonth(month("2025-10"), at);
    const counts = new Map<string, number>();
    for (const p of papers) counts.set(primaryOf(p), (counts.get(primaryOf(p)) ?? 0) + 1);
    const n = (c: string) => counts.get(c) ?? 0;
    const share = (c: string) => n(c) / papers.length;
    expect(n("cs.LG")).toBeGreaterThan(n("cs.CV"));
    expect(n("cs.CV")).toBeGreaterThan(n("cs.CL"));
    expect(n("cs.CL")).toBeGreaterThan(n("cs.AI"));
    const rest = [...counts].filter(([c]) => !["cs.LG", "cs.CV", "cs.CL", "cs.AI"].includes(c));
    expect(Math.max(...rest.map(([, k]) => k))).toBeLessThan(n("cs.AI"));
    expect(share("cs.LG")).toBeGreaterThan(0.2);
    expect(share("cs.LG")).toBeLessThan(0.32);
    expect(share("cs.CV")).toBeGreaterThan(0.14);
    expect(share("cs.AI")).toBeGreaterThan(0.07);
    for (const c of ["cs.RO", "cs.CR", "cs.SE", "cs.HC", "cs.IR", "cs.DC", "cs.NE", "cs.SD"]) {
      expect(share(c), c).toBeGreaterThan(0.004);
      expect(share(c), c).toBeLessThan(0.07);
    }
    expect(n("cs.RO")).toBeGreaterThan(n("cs.SE"));
    // The small neighbours: a few hundred a month or less, cross-lists included.
    expect(n("q-bio.BM")).toBeLessThan(0.01 * papers.length);
    const cat = (c: string) => simulatedTotal(`cat:${c}`, submittedDateRange(month("2025-10")), at);
    expect(cat("q-bio.BM")).toBeGreaterThan(10);
    expect(cat("q-bio.BM")).toBeLessThan(300);
    expect(cat("eess.AS")).toBeLessThan(600);
    // A copy filed under another category than its paper's own primary one keeps it among its categories.
    const rehomed = papers.filter((p) => p.primaryCategory !== undefined);
    expect(rehomed.length).toBeGreaterThan(0);
    for (const p of rehomed.slice(0, 500)) expect(loadCorpus()[p.i]!.categories).toContain(p.primaryCategory);
  });

  it("scales every volume with the scale option", () => {
    const full = scopeTotal("2025-10", 1);
    const tenth = scopeTotal("2025-10", 0.1);
    expect(tenth / full).toBeGreaterThan(0.085);
    expect(tenth / full).toBeLessThan(0.115);
    const cv = (scale: number) => simulatedTotal("cat:cs.CV", submittedDateRange(month("2019-04")), { now: NOW, scale });
    expect(cv(0.02) / cv(1)).toBeGreaterThan(0.014);
    expect(cv(0.02) / cv(1)).toBeLessThan(0.026);
  });

  it("reads SIM_SCALE, refusing anything but a positive number", () => {
    expect(defaultScale({})).toBe(1);
    expect(defaultScale({ SIM_SCALE: "0.05" })).toBe(0.05);
    expect(defaultScale({ SIM_SCALE: "2" })).toBe(2);
    for (const bad of ["0", "-1", "abc", "1e400", "0x10", "1,5"]) {
      expect(() => defaultScale({ SIM_SCALE: bad }), bad).toThrow(/SIM_SCALE="[^"]*" is not a positive number/);
    }
    expect(() => simulatedTotal("cat:cs.CV", undefined, { now: NOW, scale: 0 })).toThrow(RangeError);
    expect(() => simulatedTotal("cat:cs.CV", undefined, { now: NOW, scale: Number.NaN })).toThrow(RangeError);
  });

  it("refuses a month that five-digit ids cannot number", () => {
    expect(() => virtualPapersOfMonth(month("2025-10"), { scale: 7 })).toThrow(/five-digit ids/);
  });

  it("is deterministic, copies included", () => {
    const a = virtualPapersOfMonth(month("2025-10"), { scale: 0.2 });
    clearModelCache();
    const b = virtualPapersOfMonth(month("2025-10"), { scale: 0.2 });
    expect(b).toEqual(a);
    expect(b.length).toBeGreaterThan(2000);
  });

  it("gives copies of one corpus paper in a month distinct ids and times", () => {
    const papers = virtualPapersOfMonth(month("2025-10"), at);
    const ids = papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^2510\.\d{5}$/.test(id))).toBe(true);
    const byPaper = new Map<number, VirtualPaper[]>();
    for (const p of papers) byPaper.set(p.i, [...(byPaper.get(p.i) ?? []), p]);
    const copied = [...byPaper.values()].filter((ps) => ps.length >= 2);
    // Far more virtual papers than corpus papers: many appear several times.
    expect(papers.length).toBeGreaterThan(loadCorpus().length);
    expect(copied.length).toBeGreaterThan(100);
    for (const ps of copied.slice(0, 200)) {
      expect(new Set(ps.map((p) => p.id)).size).toBe(ps.length);
      expect(new Set(ps.map((p) => p.publishedMs)).size).toBeGreaterThan(1);
    }
  });

  it("keeps ids stable as the month fills up", () => {
    const early = searchVirtualPapers("cat:cs.CL", submittedDateRange(month("2025-10")), { now: new Date("2025-10-10T00:00:00Z"), scale: 0.3 });
    const late = searchVirtualPapers("cat:cs.CL", submittedDateRange(month("2025-10")), { now: new Date("2025-11-10T00:00:00Z"), scale: 0.3 });
    expect(early.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(2 * early.length);
    expect(late.slice(0, early.length).map((p) => p.id)).toEqual(early.map((p) => p.id));
  });

  it("lists matches compactly, the same papers as a search returns", () => {
    const range = { from: "202509200000", to: "202510102359" };
    const papers = searchVirtualPapers(LLM, range, { now: NOW, scale: 0.2 });
    const list = searchVirtualPaperList(LLM, range, { now: NOW, scale: 0.2 });
    expect(list.length).toBe(papers.length);
    expect(new Set(papers.map((p) => p.month)).size).toBe(2);
    const nowMs = Date.UTC(2025, 9, 20);
    papers.forEach((p, k) => {
      expect(list.paper(k)).toEqual(p);
      expect(list.corpusIndex(k)).toBe(p.i);
      expect(list.publishedMs(k)).toBe(p.publishedMs);
      expect(list.updatedMs(k, nowMs)).toBe(versionAt(p, nowMs).updatedMs);
    });
  });
});
