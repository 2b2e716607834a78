import { describe, expect, it } from "vitest";
import { parseTopicQuery } from "@/lib/arxiv/query";
import { readableQuery } from "./readable-query";

describe("readableQuery", () => {
  it("keeps a short query on one line", () => {
    expect(readableQuery(parseTopicQuery("ti:transformer AND cat:cs.CL"))).toBe("ti:transformer AND cat:cs.CL");
  });

  it("stacks top-level groups and wraps long OR lists, losing no term", () => {
    const terms = Array.from({ length: 12 }, (_, i) => `abs:"phrase number ${i}"`);
    const query = `(${terms.join(" OR ")}) AND (cat:cs.CL OR cat:cs.LG)`;
    const text = readableQuery(parseTopicQuery(query));
    const lines = text.split("\n");
    expect(lines[0]).toBe("(");
    expect(lines).toContain("AND");
    expect(lines[lines.length - 1]).toBe("(cat:cs.CL OR cat:cs.LG)");
    for (const t of terms) expect(text).toContain(t);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
