import { describe, expect, it } from "vitest";
import { openDb } from "./db";
import { listTopicPapers, putTopicPapers } from "./papers";
import { makePaper } from "../testing/papers";

describe("paper search (?q=)", () => {
  const db = openDb(":memory:");
  putTopicPapers(
    db,
    "data",
    1,
    [
      makePaper("2504.00001", "2025-04-01T10:00:00Z", { title: "Scaling laws", authors: [{ name: "Gül Varol", affiliations: ["Name University"] }] }),
      makePaper("2504.00002", "2025-04-02T10:00:00Z", { title: "Tokenizers", summary: "On affiliations of subwords.", authors: [{ name: "Jan Berg", affiliations: [] }] }),
      makePaper("2504.00003", "2025-04-03T10:00:00Z", { title: "Data mixtures", authors: [{ name: "Ada Namely", affiliations: [] }] }),
    ],
    new Date("2025-04-05T00:00:00Z"),
  );
  const search = (q: string) => listTopicPapers(db, "data", 1, { limit: 50, text: q }).map((p) => p.id).sort();

  it("matches title, summary and author names, not the stored JSON's field names", () => {
    expect(search("affiliations")).toEqual(["2504.00002"]); // in a summary only
    expect(search("name")).toEqual(["2504.00003"]); // "Namely", not the key "name" nor an affiliation
    expect(search('"')).toEqual([]);
    expect(search("varol")).toEqual(["2504.00001"]);
    expect(search("scaling")).toEqual(["2504.00001"]);
    expect(search("subwords")).toEqual(["2504.00002"]);
  });
});
