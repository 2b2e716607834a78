import { describe, expect, it } from "vitest";
import { expectedNotes } from "./review-cache";

const NOW = new Date("2026-01-05T10:00:00Z");

describe("expected notes", () => {
  it("adds, edits and deletes only the reviewer's own note", () => {
    const bob = { reviewer: "Bob", text: "b", createdAt: "x", updatedAt: "x" };
    const added = expectedNotes([bob], "Ann", "first", NOW);
    expect(added.map((n) => `${n.reviewer}:${n.text}`)).toEqual(["Bob:b", "Ann:first"]);
    const edited = expectedNotes(added, "Ann", "second", NOW);
    expect(edited.map((n) => `${n.reviewer}:${n.text}`)).toEqual(["Bob:b", "Ann:second"]);
    expect(expectedNotes(edited, "Ann", "", NOW)).toEqual([bob]);
  });
});
