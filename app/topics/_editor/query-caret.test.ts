import { describe, expect, it } from "vitest";
import { caretLocation } from "./query-caret";

describe("caretLocation", () => {
  it("points at a character of a one-line query", () => {
    const c = caretLocation('ti:"data" and abs:x', 10);
    expect(c).toEqual({ line: 1, character: 11, excerpt: 'ti:"data" and abs:x', caretColumn: 10 });
  });

  it("points past the end when the problem is the end", () => {
    const c = caretLocation("ti:data AND", 11);
    expect(c.caretColumn).toBe(11);
    expect(c.excerpt).toBe("ti:data AND");
  });

  it("finds the line of a query written over several lines", () => {
    const c = caretLocation("ti:a OR\nabs:b and c", 14);
    expect(c.line).toBe(2);
    expect(c.excerpt).toBe("abs:b and c");
    expect(c.caretColumn).toBe(6);
  });

  it("cuts a long line to a window around the character", () => {
    const text = `${"x".repeat(200)}!${"y".repeat(200)}`;
    const c = caretLocation(text, 200);
    expect(c.excerpt.startsWith("…")).toBe(true);
    expect(c.excerpt.endsWith("…")).toBe(true);
    expect(c.excerpt[c.caretColumn]).toBe("!");
  });
});
