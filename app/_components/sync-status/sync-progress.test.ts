import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SyncRunReport } from "@/lib/queries/sync-status";
import { SyncProgress } from "./sync-progress";

const run = (r: Partial<SyncRunReport>): SyncRunReport => ({
  id: 1,
  status: "running",
  startedAt: "2026-11-20T12:00:00.000Z",
  finishedAt: null,
  heartbeatAt: "2026-11-20T12:00:00.000Z",
  pid: 4242,
  total: 48,
  done: 0,
  failed: 0,
  etaMs: null,
  currentTask: null,
  trigger: "manual",
  ...r,
});

const render = (r: Partial<SyncRunReport>) => renderToStaticMarkup(createElement(SyncProgress, { run: run(r) }));

describe("SyncProgress", () => {
  it("shows finished requests (failed included) in the label and the bar, with the ETA and the task", () => {
    const html = render({ done: 11, failed: 1, etaMs: 108_000, currentTask: "data 2026-10" });
    expect(html).toContain("Syncing 12 of 48 requests");
    expect(html).toContain("(1 failed)");
    expect(html).toContain("about 1m48s left");
    expect(html).toMatch(/<progress[^>]*max="48"[^>]*value="12"/);
    expect(html).toContain("data 2026-10");
    expect(html).toContain('data-done="11"');
    expect(html).toContain('data-failed="1"');
  });

  it("says it is planning while the plan is empty, with no ETA", () => {
    const html = render({ total: 0, etaMs: 5000 });
    expect(html).toContain("Planning the sync…");
    expect(html).not.toContain("left");
    expect(html).toMatch(/<progress[^>]*max="1"[^>]*value="0"/);
  });

  it("drops the ETA and the failure count when everything finished cleanly", () => {
    const html = render({ done: 48, etaMs: 0 });
    expect(html).toContain("Syncing 48 of 48 requests");
    expect(html).not.toContain("left");
    expect(html).not.toContain("failed)");
  });
});
