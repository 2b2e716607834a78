import { describe, expect, it } from "vitest";
import { monthRange, submittedDateRange, type MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import { loadCorpus } from "./corpus";
import { termMatches } from "./match";
import {
  density,
  findVirtualPaper,
  searchVirtualPapers,
  simulatedMonthlyTotals,
  simulatedTotal,
  versionAt,
  virtualPapersOfMonth,
} from "./model";

const NOW = new Date("2026-05-15T12:00:00Z");
const at = { now: NOW };
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
    const in2016 = simulatedTotal("all:diffusion", submittedDateRange(month("2016-03")), at);
    const in2025 = simulatedTotal("all:diffusion", submittedDateRange(month("2025-03")), at);
    expect(in2016).toBeLessThan(40);
    expect(in2025).toBeGreaterThan(60);
    expect(in2025).toBeLessThan(600);
    expect(in2025).toBeGreaterThan(5 * in2016);
  });

  it("gives each primary category its own growth curve", () => {
    const ratio = (c: string) => density(c, month("2025-06")) / density(c, month("2021-06"));
    const ratios = ["cs.CV", "cs.CL", "cs.AI", "cs.LG", "cs.RO"].map(ratio);
    expect(new Set(ratios.map((r) => r.toFixed(2))).size).toBe(ratios.length);
    for (const c of ["cs.CV", "cs.CL"]) {
      const p = density(c, month("2026-01"));
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it("gives every virtual paper a unique YYMM.NNNNN id in submission order, findable by id", () => {
    const papers = virtualPapersOfMonth(month("2024-02"));
    const ids = papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^2402\.\d{5}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    const start = Date.UTC(2024, 1, 1);
    const end = Date.UTC(2024, 2, 1);
    expect(papers.every((p) => p.publishedMs >= start && p.publishedMs < end)).toBe(true);
    const sample = papers[17];
    expect(sample).toBeDefined();
    expect(findVirtualPaper(sample!.id, at)).toBe(sample);
    expect(findVirtualPaper(`${sample!.id}v2`, at)).toBe(sample);
    expect(findVirtualPaper("2402.99999", at)).toBeUndefined();
    expect(findVirtualPaper("2612.00001", at)).toBeUndefined();
  });

  it("gives versions 1 to 3 with updated at or after published, never after now", () => {
    const papers = virtualPapersOfMonth(month("2025-11"));
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
