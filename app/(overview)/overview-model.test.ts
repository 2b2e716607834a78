import { describe, expect, it } from "vitest";
import { monthRange, type MonthKey } from "@/lib/calendar/months";
import type { Overview } from "@/lib/queries/overview";
import { partsWithCards, rankingRows } from "./overview-model";

const months = monthRange("2023-11" as MonthKey, "2026-11" as MonthKey);
const series = (f: (i: number) => number | null) => months.map((month, i) => ({ month, count: f(i), fetchedAt: "2026-11-20T00:00:00Z" }));

const overview: Overview = {
  asOf: "2026-11-20T12:00:00Z",
  from: months[0]!,
  to: months[months.length - 1]!,
  parts: [
    { id: "resource", name: "Resource" },
    { id: "models", name: "Models" },
  ],
  topics: [
    { slug: "grow", name: "Grow", part: "resource", description: "", queryVersion: 1, months: series((i) => 10 + i * 5), onTopic: { rate: 0.75, low: 0.3, high: 0.95, labelled: 4 } },
    { slug: "flat", name: "Flat", part: "models", description: "", queryVersion: 1, months: series(() => 50), onTopic: null },
    { slug: "empty", name: "Empty", part: "models", description: "", queryVersion: null, months: series(() => null), onTopic: null },
  ],
};

describe("overview model", () => {
  it("groups cards under their parts with a 24-month sparkline and the running month apart", () => {
    const parts = partsWithCards(overview);
    expect(parts.map((p) => [p.id, p.cards.map((c) => c.slug)])).toEqual([
      ["resource", ["grow"]],
      ["models", ["flat", "empty"]],
    ]);
    const grow = parts[0]!.cards[0]!;
    expect(grow.sparkline).toHaveLength(24);
    expect(grow.momentum.lastFullMonth).toBe("2026-10");
    expect(grow.running).toEqual({ month: "2026-11", count: 10 + 36 * 5 });
    expect(grow.freshestFetchAt).toBe("2026-11-20T00:00:00Z");
    // The readers' rate travels to the card as the overview gave it; unlabelled topics have none.
    expect(grow.onTopic).toEqual({ rate: 0.75, low: 0.3, high: 0.95, labelled: 4 });
    expect(parts[1]!.cards.map((c) => c.onTopic)).toEqual([null, null]);
  });

  it("ranks by the chosen metric; ascending reverses only the topics with a value", () => {
    expect(rankingRows(overview, "momentumRatio", "descending").map((r) => r.slug)).toEqual(["grow", "flat", "empty"]);
    expect(rankingRows(overview, "momentumRatio", "ascending").map((r) => r.slug)).toEqual(["flat", "grow", "empty"]);
  });
});
