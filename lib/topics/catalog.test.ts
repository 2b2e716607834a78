import { describe, expect, it } from "vitest";
import { loadCatalog, parseCatalog, ROADMAP_SLUGS } from "./catalog";
import raw from "../../data/topics.json";
import { parseQuery, renderQuery } from "../arxiv/query";
import { topicInputSchema } from "./topic-input";

describe("topic catalog", () => {
  it("holds the 16 roadmap topics in 4 parts, in roadmap order", () => {
    const c = loadCatalog();
    expect(c.topics.map((t) => t.slug)).toEqual([...ROADMAP_SLUGS]);
    const perPart = Object.fromEntries(c.parts.map((p) => [p.id, c.topics.filter((t) => t.part === p.id).length]));
    expect(perPart).toEqual({ resource: 4, models: 3, "key-technologies": 5, application: 4 });
  });

  it("holds only topics the editor accepts as they are (an unedited save never fails)", () => {
    for (const t of loadCatalog().topics) {
      const r = topicInputSchema.safeParse({ name: t.name, part: t.part, description: t.description, query: t.query, queryNotes: t.queryNotes });
      expect(r.success, `${t.slug}: ${r.error?.issues.map((i) => i.message).join("; ")}`).toBe(true);
    }
  });

  it("stores each query in canonical form that parses back to itself", () => {
    for (const t of loadCatalog().topics) {
      expect(renderQuery(parseQuery(t.query))).toBe(t.query);
    }
  });

  it("refuses a catalog with a broken query, naming the topic", () => {
    const broken = structuredClone(raw) as { topics: { query: string }[] };
    broken.topics[2]!.query = '(ti:"large language model" OR abs:LLM';
    expect(() => parseCatalog(broken)).toThrow(/topics\.2\.query/);
  });

  it("refuses a catalog missing a roadmap topic", () => {
    const missing = structuredClone(raw) as { topics: { slug: string }[] };
    missing.topics = missing.topics.filter((t) => t.slug !== "governance");
    expect(() => parseCatalog(missing)).toThrow(/missing topics: governance/);
  });
});
