import { describe, expect, it } from "vitest";
import type { MonthKey } from "@/lib/calendar/months";
import type { TopicCounts } from "@/lib/queries/topic-counts";
import { compareHref, parseCompareParams, type CompareView } from "./compare-params";
import { compareData } from "./compare-series";

const now = new Date("2026-11-15T00:00:00Z");
const known = ["data", "knowledge", "language-model", "vision-model", "multi-modal-model"];

describe("parseCompareParams", () => {
  it("uses defaults when parameters are missing", () => {
    const { view, problems } = parseCompareParams({}, known, now);
    expect(problems).toEqual([]);
    expect(view).toEqual({ topics: ["language-model", "vision-model", "multi-modal-model"], from: "2023-11", to: "2026-10", mode: "count" });
  });

  it("keeps known topics in catalog order and reports unknown ones", () => {
    const { view, problems } = parseCompareParams({ topics: "knowledge,nope,data,data" }, known, now);
    expect(view.topics).toEqual(["data", "knowledge"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("nope");
  });

  it("never crashes on nonsense, and says what it ignored", () => {
    const { view, problems } = parseCompareParams({ topics: ",,", from: "2025-99", to: "x", mode: "pie" }, known, now);
    expect(view.topics).toHaveLength(3);
    expect(view.mode).toBe("count");
    expect(problems.length).toBe(3);
  });

  it("leaves the running month out and refuses reversed ranges", () => {
    expect(parseCompareParams({ from: "2026-01", to: "2026-12" }, known, now).view.to).toBe("2026-10");
    const reversed = parseCompareParams({ from: "2026-05", to: "2026-01" }, known, now);
    expect(reversed.problems[0]).toMatch(/after/);
  });

  it("writes a canonical link that parses back to the same view", () => {
    const view: CompareView = { topics: ["data", "knowledge"], from: "2024-01" as MonthKey, to: "2025-12" as MonthKey, mode: "share" };
    const href = compareHref(view);
    expect(href).toBe("/compare?topics=data,knowledge&from=2024-01&to=2025-12&mode=share");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseCompareParams(params, known, now).view).toEqual(view);
  });
});

function counts(slug: string, values: (number | null)[], from = "2026-01"): TopicCounts {
  const start = Number(from.slice(5, 7));
  return {
    slug,
    queryVersion: 1,
    months: values.map((count, i) => ({ month: `2026-${String(start + i).padStart(2, "0")}` as MonthKey, count, fetchedAt: null })),
  };
}

describe("compareData", () => {
  const base = { topics: ["a", "b"], from: "2026-01" as MonthKey, to: "2026-04" as MonthKey };

  it("indexes each topic to its first month with papers, gaps staying gaps", () => {
    const d = compareData({ ...base, mode: "indexed" }, [counts("a", [0, 10, null, 20]), counts("b", [4, 2, 8, 4])], undefined, now);
    expect(d.rows.map((r) => r.values.a)).toEqual([0, 100, null, 200]);
    expect(d.rows.map((r) => r.values.b)).toEqual([100, 50, 200, 100]);
    expect(d.indexBase).toEqual({ a: "2026-02", b: "2026-01" });
  });

  it("divides by the baseline for shares and flags a missing baseline", () => {
    const baseline = counts("baseline-cs", [100, 200, 0, null]);
    const d = compareData({ ...base, mode: "share" }, [counts("a", [1, 2, 3, 4]), counts("b", [5, 5, 5, 5])], baseline, now);
    expect(d.rows.map((r) => r.values.a)).toEqual([0.01, 0.01, null, null]);
    expect(d.baselineMissing).toBe(false);
    const none = compareData({ ...base, mode: "share" }, [counts("a", [1, 2, 3, 4])], undefined, now);
    expect(none.baselineMissing).toBe(true);
  });

  it("shows counts as they are, never past the last full month", () => {
    const d = compareData({ ...base, to: "2026-11" as MonthKey, mode: "count" }, [counts("a", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])], undefined, now);
    expect(d.rows.at(-1)).toEqual({ month: "2026-11", values: { a: null, b: null } });
  });
});
