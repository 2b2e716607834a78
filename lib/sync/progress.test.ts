import { describe, expect, it } from "vitest";
import { estimateRemainingMs, formatDuration, progressFigures, renderProgressBar, type SyncProgress } from "./progress";

describe("estimateRemainingMs", () => {
  it("uses the pacing interval before any request has finished", () => {
    expect(estimateRemainingMs(48, 3000, 0, 0)).toBe(144_000);
  });

  it("keeps the pacing interval as the floor when requests finish faster", () => {
    expect(estimateRemainingMs(10, 3000, 5000, 5)).toBe(30_000);
  });

  it("uses the observed pace when retries and slow answers make it slower", () => {
    // 4 requests in 20 s: 5 s each, above the 3 s floor.
    expect(estimateRemainingMs(6, 3000, 20_000, 4)).toBe(30_000);
  });

  it("is zero when nothing is left", () => {
    expect(estimateRemainingMs(0, 3000, 20_000, 4)).toBe(0);
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [-5000, "0s"],
    [59_400, "59s"],
    [59_500, "1m00s"],
    [129_000, "2m09s"],
    [3_599_000, "59m59s"],
    [3_600_000, "1h00m"],
    [5_430_000, "1h30m"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

const progress = (p: Partial<SyncProgress>): SyncProgress => ({ total: 48, done: 0, failed: 0, etaMs: null, currentTask: null, ...p });

describe("progressFigures", () => {
  it("counts failed requests as finished and gives the share of the plan", () => {
    expect(progressFigures(progress({ done: 11, failed: 1, etaMs: 108_000 }))).toEqual({ finished: 12, ratio: 0.25, etaMs: 108_000 });
  });

  it("drops the ETA once every request has finished", () => {
    expect(progressFigures(progress({ done: 46, failed: 2, etaMs: 0 })).etaMs).toBeNull();
  });

  it("reads an empty plan as complete, without an ETA", () => {
    expect(progressFigures(progress({ total: 0, etaMs: 5000 }))).toEqual({ finished: 0, ratio: 1, etaMs: null });
  });
});

describe("renderProgressBar", () => {
  it("draws the finished share, the failures, the ETA and the current task", () => {
    expect(renderProgressBar(progress({ done: 11, failed: 1, etaMs: 108_000, currentTask: "data 2026-10" }))).toBe(
      "[######------------------] 12/48 (1 failed) ETA 1m48s  data 2026-10",
    );
  });

  it("leaves out failures and ETA when there are none", () => {
    expect(renderProgressBar(progress({ done: 24 }), 10)).toBe("[#####-----] 24/48");
  });

  it("ends full, without an ETA", () => {
    expect(renderProgressBar(progress({ done: 48, etaMs: 0 }), 10)).toBe("[##########] 48/48");
  });

  it("draws an empty plan as full", () => {
    expect(renderProgressBar(progress({ total: 0 }), 4)).toBe("[####] 0/0");
  });
});
