import { describe, expect, it } from "vitest";
import { markChanged, noteChanges } from "./saved-changes";

const mark = (m: "read" | "shortlisted", by = "Ann", at = "2026-01-01T00:00:00Z") => ({ mark: m, markedBy: by, markedAt: at });
const note = (reviewer: string, text: string) => ({ reviewer, text, createdAt: "x", updatedAt: "x" });

describe("changes since a review was saved", () => {
  it("sees a different mark or marker, not a new time", () => {
    expect(markChanged(mark("read"), mark("read", "Ann", "2026-02-01T00:00:00Z"))).toBe(false);
    expect(markChanged(mark("read"), mark("shortlisted"))).toBe(true);
    expect(markChanged(mark("read"), mark("read", "Bob"))).toBe(true);
    expect(markChanged(null, mark("read"))).toBe(true);
    expect(markChanged(null, null)).toBe(false);
  });

  it("lists new and edited notes and deleted reviewers", () => {
    const r = noteChanges([note("Ann", "a"), note("Bob", "b")], [note("Ann", "a2"), note("Cy", "c")]);
    expect(r.changed.map((n) => n.reviewer)).toEqual(["Ann", "Cy"]);
    expect(r.removed).toEqual(["Bob"]);
  });
});
