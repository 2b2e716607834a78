import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WHOLE_SCOPE, listAuditCounts, openDb, type Db } from "../store";
import type { MonthKey } from "../calendar/months";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import { loadArxivConfig } from "../arxiv/config";
import type { Topic } from "../topics/catalog";
import { startSimulator, type RunningSimulator } from "../simulator/server";
import { HARVEST_SCOPE, simulatedScopeMonthlyTotals, simulatedTotal } from "../simulator/model";
import { createSyncSource } from "../sync/source";
import { runSync } from "../sync/run";
import { loadScope, scopeQuery } from "../index/scope";
import { runAudit } from "./audit";
import { readAudit } from "./read";

const NOW = new Date("2026-11-15T00:00:00Z");
const SCALE = 0.01;
const MONTHS = ["2026-08", "2026-09", "2026-10"] as MonthKey[];
const scope = loadScope();
const topic = (slug: string, query: string): Topic => {
  const queryNode = parseTopicQuery(query);
  return { slug, name: slug, part: "models", description: "", query: renderQuery(queryNode), queryNode, queryNotes: "" };
};
const topics = [topic("lm", 'abs:"language model" OR ti:LLM'), topic("vision", "cat:cs.CV")];
const plan = { scopeMonths: MONTHS, topics, topicMonths: MONTHS.slice(1) };

let sim: RunningSimulator;
let db: Db;
let source: ReturnType<typeof createSyncSource>;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW, scale: SCALE, faults: {}, enforceIntervalMs: 0 });
  db = openDb(":memory:");
  const config = loadArxivConfig({ ARXIV_API_URL: `${sim.url}/api/query`, ARXIV_MIN_INTERVAL_MS: "0", ARXIV_RETRY_BASE_MS: "5", ARXIV_TIMEOUT_MS: "5000" });
  source = createSyncSource(db, config);
  const harvest = await runSync(
    { topics, from: MONTHS[0]!, to: MONTHS[2]!, trigger: "test" },
    { db, source, scope, policy: { maxAgeMs: 86_400_000, settleMs: 7 * 86_400_000 }, minIntervalMs: 0, now: () => NOW },
  );
  expect(harvest.failures).toEqual([]);
});
afterAll(async () => sim?.close());

describe("audit against the simulator (with faults)", () => {
  it("stores arXiv's totals and flags the month the index misses papers in", async () => {
    const truth = simulatedScopeMonthlyTotals(HARVEST_SCOPE, MONTHS[0]!, MONTHS[2]!, { scale: SCALE, now: NOW });
    // Lose a tenth of September's papers, as a broken harvest would.
    const gone = db.prepare("SELECT id, seq FROM papers WHERE month = '2026-09' AND in_scope = 1 ORDER BY id LIMIT ?").all(Math.ceil(truth[1]!.total / 10)) as { id: string; seq: number }[];
    expect(gone.length).toBeGreaterThan(1);
    for (const p of gone) {
      db.prepare("DELETE FROM topic_papers WHERE paper_id = ?").run(p.id);
      db.prepare("DELETE FROM paper_fts WHERE rowid = ?").run(p.seq);
      db.prepare("DELETE FROM papers WHERE id = ?").run(p.id);
    }
    sim.faults.set({ rate: 0.25, kinds: ["429", "503", "empty", "truncated"], seed: 11 });
    const out = await runAudit(plan, { db, source, scope, now: () => NOW });
    expect(out.failures).toEqual([]);
    expect(out.asked).toBe(3 + 2 * 2);
    expect(sim.log().some((e) => e.fault !== null)).toBe(true);

    const stored = new Map(listAuditCounts(db).map((c) => [`${c.slug} ${c.month}`, c]));
    for (const [k, month] of MONTHS.entries()) {
      expect(stored.get(`${WHOLE_SCOPE} ${month}`)?.arxivTotal, month).toBe(truth[k]!.total);
      expect(stored.get(`${WHOLE_SCOPE} ${month}`)?.askedAt).toBe(NOW.toISOString());
    }
    for (const t of topics) {
      for (const month of plan.topicMonths) {
        const want = simulatedTotal({ kind: "and", operands: [t.queryNode, scopeQuery(scope)] }, { from: `${month.replace("-", "")}010000`, to: `${month.replace("-", "")}${month === "2026-09" ? "30" : "31"}2359` }, { scale: SCALE, now: NOW });
        expect(stored.get(`${t.slug} ${month}`)?.arxivTotal, `${t.slug} ${month}`).toBe(want);
      }
    }
    const report = readAudit(db, 0.02);
    expect(report.scope.map((c) => [c.month, c.state])).toEqual([["2026-08", "agrees"], ["2026-09", "outside"], ["2026-10", "agrees"]]);
    expect(report.scope[1]!.localCount).toBe(truth[1]!.total - gone.length);
    expect(report.flagged).toBeGreaterThanOrEqual(1);
  });

  it("asks a zero again, stores a repeated zero as suspect, and never lets it replace a positive total", async () => {
    const before = listAuditCounts(db).find((c) => c.slug === WHOLE_SCOPE && c.month === "2026-08")!;
    expect(before.arxivTotal).toBeGreaterThan(0);
    const later = new Date(NOW.getTime() + 3_600_000);
    // A single zero is asked again and the second answer believed.
    sim.faults.set({ script: ["zero"] });
    sim.clearLog();
    await runAudit({ scopeMonths: ["2026-08" as MonthKey], topics: [], topicMonths: [] }, { db, source, scope, now: () => later });
    expect(sim.log()).toHaveLength(2);
    expect(listAuditCounts(db).find((c) => c.slug === WHOLE_SCOPE && c.month === "2026-08")).toMatchObject({ arxivTotal: before.arxivTotal, suspect: false, askedAt: later.toISOString() });
    // Zero twice: suspect, the positive total stays.
    sim.faults.set({ script: ["zero", "zero"] });
    const out = await runAudit({ scopeMonths: ["2026-08" as MonthKey], topics: [], topicMonths: [] }, { db, source, scope, now: () => later });
    expect(out.suspect).toBe(1);
    expect(listAuditCounts(db).find((c) => c.slug === WHOLE_SCOPE && c.month === "2026-08")).toMatchObject({ arxivTotal: before.arxivTotal, suspect: false, suspectAt: later.toISOString() });
    // With no believed total yet, the zero is stored, marked suspect, and shown as such.
    db.prepare("DELETE FROM audit_counts WHERE slug = '*' AND month = '2026-10'").run();
    sim.faults.set({ script: ["zero", "zero"] });
    await runAudit({ scopeMonths: ["2026-10" as MonthKey], topics: [], topicMonths: [] }, { db, source, scope, now: () => later });
    expect(listAuditCounts(db).find((c) => c.slug === WHOLE_SCOPE && c.month === "2026-10")).toMatchObject({ arxivTotal: 0, suspect: true });
    expect(readAudit(db, 0.02).scope.find((c) => c.month === "2026-10")?.state).toBe("suspect");
  });
});
