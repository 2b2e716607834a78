import { describe, expect, it } from "vitest";
import { areaUnderCurve, rankForTeam, type LabelledDoc } from "./rank";
import { buildSimilarityIndex, nearestPapers } from "./similar";

const doc = (id: string, title: string, label?: "shortlisted" | "dismissed") => ({ id, title, summary: title, ...(label ? { label } : {}) });
const training: LabelledDoc[] = [
  doc("p1", "speech recognition with transformers", "shortlisted"),
  doc("p2", "robust speech recognition for dialogue", "shortlisted"),
  doc("p3", "speech synthesis and recognition", "shortlisted"),
  doc("p4", "spoken dialogue speech agents", "shortlisted"),
  doc("p5", "speech translation corpus", "shortlisted"),
  doc("n1", "protein folding with graph networks", "dismissed"),
  doc("n2", "graph networks for molecules", "dismissed"),
  doc("n3", "protein structure prediction", "dismissed"),
  doc("n4", "molecules and protein graph generation", "dismissed"),
  doc("n5", "graph generation for chemistry", "dismissed"),
] as LabelledDoc[];
const candidates = [doc("c1", "protein graph benchmark"), doc("c2", "speech recognition benchmark"), doc("c3", "benchmark of everything")];

describe("team ranking", () => {
  it("puts papers like the shortlisted ones first, deterministically, and explains with their terms", () => {
    const a = rankForTeam(training, candidates);
    const b = rankForTeam([...training].reverse(), [...candidates].reverse());
    expect(a.status).toBe("ready");
    if (a.status !== "ready" || b.status !== "ready") return;
    expect(a.ranked.map((r) => r.id)).toEqual(["c2", "c3", "c1"]);
    expect(b.ranked.map((r) => r.id)).toEqual(["c2", "c3", "c1"]);
    expect(a.ranked[0]!.terms.map((t) => t.term)).toEqual(["speech", "recognition"]);
    expect(a.ranked[2]!.terms).toEqual([]);
    expect(a.ranked[0]!.score).toBeGreaterThan(0);
    expect(a.ranked[2]!.score).toBeLessThan(0);
    // The same input gives the same numbers, to the last digit.
    expect(rankForTeam(training, candidates)).toEqual(a);
  });

  it("says when there are too few marks of either kind", () => {
    expect(rankForTeam(training.slice(0, 9), candidates)).toEqual({ status: "too-few-marks", positives: 5, negatives: 4, needed: 5 });
  });

  it("computes AUC with ties counting half", () => {
    expect(areaUnderCurve([{ score: 2, positive: true }, { score: 1, positive: false }])).toBe(1);
    expect(areaUnderCurve([{ score: 1, positive: true }, { score: 1, positive: false }])).toBe(0.5);
    expect(areaUnderCurve([{ score: 0, positive: true }, { score: 1, positive: false }, { score: 2, positive: true }])).toBe(0.5);
  });
});

describe("more like this", () => {
  it("finds the nearest papers by tf-idf cosine, never the paper itself", () => {
    const index = buildSimilarityIndex([...training, ...candidates]);
    const near = nearestPapers(index, "c2", 3).map((n) => n.id);
    expect(near.slice(0, 2)).toEqual(["p1", "p3"]);
    expect(near).not.toContain("c2");
    expect(nearestPapers(index, "nope", 3)).toEqual([]);
    // "folding" is in one paper only, below the vocabulary's document frequency: "protein" decides.
    expect(nearestPapers(index, "x", 1, { id: "x", title: "protein folding", summary: "" })[0]!.id).toBe("n3");
  });
});
