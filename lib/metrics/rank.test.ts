import { describe, expect, it } from "vitest";
import { rankTopics } from "./rank";
import { monthly, NOW } from "./test-support";

/**
 * 100 a month from 2024-02 to 2025-02, then the given 2025-03, 04, 05 (and an optional running
 * 2025-06). Ratio at 2025-05 = (m3 + m4 + m5) / 300; at 2025-04 = (100 + m3 + m4) / 300;
 * yoy at 2025-05 = m5 / 100 - 1; at 2025-04 = m4 / 100 - 1.
 */
function topic(slug: string, recent: (number | null)[]) {
  return { slug, series: monthly("2024-02", [...Array(13).fill(100), ...recent]) };
}

const TOPICS = [
  topic("gamma", [300, 300, 0]), // now 2.0,  before 2.333
  topic("alpha", [100, 100, 100, 1_000_000]), // now 1.0, before 1.0; the running month is ignored
  topic("epsilon", [100, 100, 160]), // now 1.2,  before 1.0
  topic("delta", [100, 100, null]), // now null, before 1.0
  topic("beta", [100, 200, 300]), // now 2.0,  before 1.333
];

const summary = (ranked: ReturnType<typeof rankTopics>) =>
  ranked.map((r) => [r.slug, r.rank, r.previousRank, r.rankChange]);

describe("rankTopics", () => {
  it("ranks by momentum ratio, ties by slug, unknowns last, with the move since last month", () => {
    expect(summary(rankTopics(TOPICS, NOW))).toEqual([
      ["beta", 1, 2, 1], // tied with gamma at 2.0, first by slug
      ["gamma", 2, 1, -1],
      ["epsilon", 3, 5, 2], // before: alpha, delta, epsilon tied at 1.0 -> 3, 4, 5
      ["alpha", 4, 3, -1],
      ["delta", 5, 4, null], // no ratio now: no move to report
    ]);
  });

  it("carries each topic's momentum at the last full month", () => {
    const [first] = rankTopics(TOPICS, NOW);
    expect(first?.momentum.lastFullMonth).toBe("2025-05");
    expect(first?.momentum.momentumRatio).toEqual({ value: 2 });
  });

  it("ranks by another metric when asked", () => {
    expect(summary(rankTopics(TOPICS, NOW, "yoy"))).toEqual([
      ["beta", 1, 2, 1], // 2.0, before 1.0
      ["epsilon", 2, 5, 3], // 0.6, before 0 (tied with alpha and delta)
      ["alpha", 3, 3, 0],
      ["gamma", 4, 1, -3], // -1.0, before 2.0
      ["delta", 5, 4, null],
    ]);
  });

  it("reports no move for a topic that had no value the month before", () => {
    const late = { slug: "late", series: monthly("2024-03", [...Array(12).fill(100), 100, 100, 400]) };
    const ranked = rankTopics([late, topic("alpha", [100, 100, 100])], NOW);
    expect(summary(ranked)).toEqual([
      ["late", 1, 2, null], // ratio 2.0 now; at 2025-04 its baseline needs 2024-02
      ["alpha", 2, 1, -1], // 1.0 both months, but "late" entered above it
    ]);
  });

  it("returns nothing for no topics", () => {
    expect(rankTopics([], NOW)).toEqual([]);
  });
});
