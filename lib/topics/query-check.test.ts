import { describe, expect, it } from "vitest";
import { checkTopicQuery } from "./query-check";
import { previewLastFullMonth, type MonthlyCountSource } from "./preview";
import { renderQuery } from "../arxiv/query";
import { QuerySyntaxError } from "../arxiv/query-syntax";
import { ArxivApiError } from "../arxiv/errors";

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

describe("previewLastFullMonth", () => {
  const now = new Date("2025-06-15T10:00:00Z");

  it("counts the last full month with the canonical query", async () => {
    const asked: string[] = [];
    const source: MonthlyCountSource = {
      async countMonthlyPublications(q, month) {
        asked.push(`${renderQuery(q)} ${month}`);
        return 321;
      },
    };
    expect(await previewLastFullMonth(source, "ti:dialogue", now)).toEqual({ query: "ti:dialogue", month: "2025-05", count: 321 });
    expect(asked).toEqual(["ti:dialogue 2025-05"]);
  });

  it("never asks arXiv about a query that does not parse, and passes arXiv's refusals on", async () => {
    let calls = 0;
    const refusing: MonthlyCountSource = {
      async countMonthlyPublications() {
        calls++;
        throw new ArxivApiError("error-feed", 400, "malformed query", "http://x");
      },
    };
    await expect(previewLastFullMonth(refusing, "ti:(", now)).rejects.toBeInstanceOf(QuerySyntaxError);
    expect(calls).toBe(0);
    await expect(previewLastFullMonth(refusing, "ti:x", now)).rejects.toBeInstanceOf(ArxivApiError);
  });
});
