import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderReviewReport, type ReviewReportInput } from "./review-report";
import { computeTopicMomentum } from "../metrics";
import { addMonths, type MonthKey } from "../calendar/months";
import { makePaper } from "../testing/papers";

const now = new Date("2025-06-15T00:00:00Z");

function momentum(recent: number, base: number) {
  const months = Array.from({ length: 27 }, (_, i) => addMonths("2025-05" as MonthKey, -i));
  return computeTopicMomentum(months.map((month, i) => ({ month, count: i < 3 ? recent : base })), now);
}

const shortlisted = {
  paper: makePaper("2504.00031", "2025-04-01T17:59:59Z", { title: "Leaking *LoRa*: [50%] of $x_1$ | more" }),
  topics: ["data", "dialogue"],
  mark: { mark: "shortlisted" as const, markedBy: "Ann", markedAt: "2025-04-02T10:00:00.000Z" },
  notes: [{ reviewer: "Bo", text: "- read section 3\n1. then 5", createdAt: "t", updatedAt: "t" }],
};

const input: ReviewReportInput = {
  title: "Week 14 review",
  period: { from: "2025-03-28T00:00:00Z", to: "2025-04-04T00:00:00Z" },
  saved: { at: "2025-04-04T09:00:00.000Z", by: "Ann" },
  generatedAt: now.toISOString(),
  topics: [
    { slug: "data", name: "Data", queryVersion: 1, papers: 12, momentum: momentum(150, 100) },
    { slug: "dialogue", name: "Dialogue", queryVersion: 2, papers: 3, momentum: null },
  ],
  coverage: [
    { slug: "data", oldestCached: null, coveredFrom: null, fetchedAt: null, complete: true, warning: null },
    { slug: "dialogue", oldestCached: "x", coveredFrom: "2025-04-01T00:00:00Z", fetchedAt: "y", complete: false, warning: "only the 100 newest papers" },
  ],
  tally: { papers: 14, read: 5, shortlisted: 1, dismissed: 2, unmarked: 6 },
  topicNames: new Map([
    ["data", "Data"],
    ["dialogue", "Dialogue"],
  ]),
  shortlisted: [shortlisted],
};

describe("renderReviewReport", () => {
  const md = renderReviewReport(input);

  it("states the period, the totals and each topic's momentum", () => {
    expect(md).toMatch(/^# Week 14 review\n/);
    expect(md).toContain("from 2025-03-28 00:00 GMT to 2025-04-04 00:00 GMT");
    expect(md).toContain("Saved 2025-04-04 09:00 GMT by Ann.");
    expect(md).toContain("**14 new papers**: 1 shortlisted, 5 read, 2 dismissed, 6 not marked.");
    expect(md).toContain("| Data | 12 | 150 (2025-05) | surging | 1.50× | +50% |");
    expect(md).toContain("| Dialogue | 3 | — (no counts cached) | — | — | — |");
  });

  it("warns about incomplete coverage", () => {
    expect(md).toContain("- Dialogue: only the 100 newest papers");
  });

  it("lists shortlisted papers with escaped titles and their notes", () => {
    expect(md).toContain("### [Leaking \\*LoRa\\*: \\[50%\\] of \\$x\\_1\\$ \\| more](https://arxiv.org/abs/2504.00031)");
    expect(md).toContain("topics: Data, Dialogue");
    expect(md).toContain("> **Bo:** \\- read section 3  \n> 1\\. then 5");
  });

  it("says when nothing was shortlisted", () => {
    expect(renderReviewReport({ ...input, shortlisted: [] })).toContain("No paper was shortlisted.");
    expect(escapeMarkdown("a <b> `c`")).toBe("a \\<b\\> \\`c\\`");
  });
});
