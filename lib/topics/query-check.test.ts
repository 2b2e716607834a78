import { describe, expect, it } from "vitest";
import { checkTopicQuery } from "./query-check";
import { previewQueryHistory } from "./preview";
import { openDb, putIndexedPapers, recordHarvestSlice } from "../store";
import { makeScope } from "../index/scope";
import { makePaper } from "../testing/papers";
import type { MonthKey } from "../calendar/months";
import { QuerySyntaxError } from "../arxiv/query-syntax";

describe("checkTopicQuery", () => {
  it("gives the canonical text and plain English of a good query", () => {
    expect(checkTopicQuery('ti:"spoken dialogue" OR abs:chatbot')).toEqual({
      ok: true,
      canonical: 'ti:"spoken dialogue" OR abs:chatbot',
      description: 'title mentions "spoken dialogue" or abstract mentions chatbot',
    });
  });

  it("gives the reason and the position of what is wrong", () => {
    const open = checkTopicQuery('(ti:"large language model" OR abs:LLM');
    expect(open).toMatchObject({ ok: false, reason: expect.any(String), position: expect.any(Number) });
    const dated = checkTopicQuery("ti:llm AND submittedDate:[202501010000 TO 202501312359]");
    expect(dated).toEqual({ ok: false, reason: expect.stringMatching(/must not contain submittedDate/), position: 11 });
  });
});

describe("previewQueryHistory", () => {
  const now = new Date("2025-06-15T10:00:00Z");
  const scope = makeScope(["cs.CL", "cs.AI"], "RADAR_SCOPE");

  function store() {
    const db = openDb(":memory:");
    putIndexedPapers(
      db,
      [
        makePaper("2505.00001", "2025-05-02T00:00:00Z", { title: "Dialogue agents" }),
        makePaper("2505.00002", "2025-05-09T00:00:00Z", { title: "Spoken dialogue" }),
        makePaper("2504.00001", "2025-04-09T00:00:00Z", { title: "Dialogue state" }),
      ],
      now,
      scope,
    );
    for (const month of ["2025-04", "2025-05"] as MonthKey[]) {
      const start = `${month}-01T00:00:00.000Z`;
      recordHarvestSlice(db, { month, scopeKey: scope.key, from: start, to: `${month}-28T00:00:00.000Z`, complete: true, settles: false, requests: 1, at: now }, start);
    }
    return db;
  }

  it("counts the draft's history from the index: harvested months known, the others unknown", () => {
    const preview = previewQueryHistory(store(), "ti:dialogue", scope, now);
    expect(preview.query).toBe("ti:dialogue");
    expect(preview.lastFullMonth).toEqual({ month: "2025-05", count: 2 });
    expect(preview.months.find((m) => m.month === "2025-04")?.count).toBe(1);
    expect(preview.months.find((m) => m.month === "2025-03")?.count).toBeNull();
    expect(preview.scopeWarning).toBeNull();
  });

  it("refuses a query that does not parse and warns about categories outside the scope", () => {
    expect(() => previewQueryHistory(store(), "ti:(", scope, now)).toThrow(QuerySyntaxError);
    const outside = previewQueryHistory(store(), "cat:math.OC AND ti:dialogue", scope, now);
    expect(outside.scopeWarning).toMatch(/math\.OC is outside the harvested scope.*RADAR_SCOPE/);
  });
});
