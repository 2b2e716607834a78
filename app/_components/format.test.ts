import { describe, expect, it } from "vitest";
import { formatChange, formatMonth, formatRelative, formatShare, formatUtc } from "./format";

describe("format", () => {
  it("writes changes with a sign and a true minus", () => {
    expect(formatChange(0.234)).toBe("+23%");
    expect(formatChange(-0.05)).toBe("−5%");
    expect(formatChange(0.001)).toBe("±0%");
  });

  it("writes months and times the same everywhere (UTC, English)", () => {
    expect(formatMonth("2026-10")).toBe("Oct 2026");
    expect(formatUtc("2026-11-27T09:14:03Z")).toBe("2026-11-27 09:14 UTC");
    expect(formatShare(0.0432)).toBe("4.32%");
  });

  it("says how long ago, coarsely", () => {
    const now = Date.parse("2026-11-27T12:00:00Z");
    expect(formatRelative("2026-11-27T11:59:50Z", now)).toBe("just now");
    expect(formatRelative("2026-11-27T09:00:00Z", now)).toBe("3 h ago");
    expect(formatRelative("2026-11-26T12:00:00Z", now)).toBe("1 day ago");
    expect(formatRelative("2026-11-27T14:00:00Z", now)).toBe("in 2 h");
    expect(formatRelative("2026-11-27T12:00:20Z", now)).toBe("just now");
  });
});
