import { describe, expect, it } from "vitest";
import { withQueryVersion } from "./resolve";
import { openDb } from "../store/db";
import { getMonthlyCounts, putMonthlyCount } from "../store/counts";
import { ensureQueryVersion, findQueryVersion, listQueryVersions } from "../store/query-versions";
import { parseMonthKey } from "../calendar/months";
import { loadCatalog, ROADMAP_SLUGS } from "./catalog";
import { getTopic, listTopics } from "./registry";
import { readTopicCounts } from "./series";
import { archiveTopic, createCustomTopic, editTopic, restoreRoadmapTopic, TopicEditError, unarchiveTopic } from "./editor";
import { slugFromName, topicInputSchema, topicPatchSchema } from "./topic-input";

const NOW = new Date("2025-06-01T00:00:00Z");
const m = parseMonthKey;

const input = (over: Record<string, unknown> = {}) =>
  topicInputSchema.parse({
    name: "Retrieval-Augmented Generation",
    part: "custom",
    description: "Models that look things up before they answer.",
    query: 'abs:"retrieval-augmented generation" OR abs:RAG',
    ...over,
  });

function problem(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof TopicEditError) return `${e.problem}: ${e.message}`;
    throw e;
  }
  return "no error";
}

describe("custom topics", () => {
  it("round trip: add, edit (a changed query is a new version, old counts kept apart), archive, unarchive", () => {
    const db = openDb(":memory:");
    const created = createCustomTopic(db, input(), NOW);
    expect(created.topic).toMatchObject({ slug: "retrieval-augmented-generation", origin: "custom", part: "custom", archived: false });
    expect(created.topic.query).toBe('abs:"retrieval-augmented generation" OR abs:RAG');
    expect(created.queryVersion).toEqual({ previous: null, current: 1, changed: true });
    expect(listTopics(db).map((t) => t.slug)).toContain("retrieval-augmented-generation");

    putMonthlyCount(db, { slug: created.topic.slug, queryVersion: 1 }, m("2025-04"), 42, NOW);
    const edited = editTopic(db, created.topic.slug, topicPatchSchema.parse({ query: "abs:RAG", name: "RAG" }), NOW);
    expect(edited.topic).toMatchObject({ slug: "retrieval-augmented-generation", name: "RAG", query: "abs:RAG" });
    expect(edited.queryVersion).toEqual({ previous: 1, current: 2, changed: true });
    // The old version's count stays in the store, and is not shown for the new query.
    expect(getMonthlyCounts(db, { slug: created.topic.slug, queryVersion: 1 }, m("2025-04"), m("2025-04")).get(m("2025-04"))?.count).toBe(42);
    const shown = readTopicCounts(db, withQueryVersion(db, edited.topic), m("2025-04"), m("2025-04"));
    expect(shown).toMatchObject({ queryVersion: 2, months: [{ month: "2025-04", count: null }] });

    // A description-only edit keeps the version.
    const described = editTopic(db, created.topic.slug, topicPatchSchema.parse({ description: "RAG papers." }), NOW);
    expect(described.queryVersion).toEqual({ previous: 2, current: 2, changed: false });

    expect(archiveTopic(db, created.topic.slug, NOW).archived).toBe(true);
    expect(listTopics(db).map((t) => t.slug)).not.toContain(created.topic.slug);
    expect(listTopics(db, { includeArchived: true }).map((t) => t.slug)).toContain(created.topic.slug);
    expect(unarchiveTopic(db, created.topic.slug, NOW).archived).toBe(false);
    expect(listQueryVersions(db, created.topic.slug).map((v) => v.query)).toEqual(['abs:"retrieval-augmented generation" OR abs:RAG', "abs:RAG"]);
  });

  it("refuse a taken address, a taken name and reserved addresses", () => {
    const db = openDb(":memory:");
    createCustomTopic(db, input(), NOW);
    expect(problem(() => createCustomTopic(db, input({ name: "Retrieval augmented generation" }), NOW))).toMatch(/^conflict: the address "retrieval-augmented-generation" is taken/);
    expect(problem(() => createCustomTopic(db, input({ name: "Dialogue" }), NOW))).toMatch(/^conflict: .*taken by the topic "Dialogue"/);
    expect(problem(() => createCustomTopic(db, input({ name: "Check" }), NOW))).toMatch(/reserved/);
    const other = createCustomTopic(db, input({ name: "Tool use" }), NOW);
    expect(problem(() => editTopic(db, other.topic.slug, { name: "dialogue" }, NOW))).toMatch(/^conflict: a topic named "Dialogue"/);
  });
});

describe("roadmap topics", () => {
  it("can be edited (new version) and restored to the original query (old version back)", () => {
    const db = openDb(":memory:");
    const original = getTopic(db, "dialogue")!;
    expect(findQueryVersion(db, "dialogue", original.query)).toBeNull();
    ensureQueryVersion(db, "dialogue", original.query, NOW); // as the first sync does
    const edited = editTopic(db, "dialogue", topicPatchSchema.parse({ query: 'ti:"dialogue system"' }), NOW);
    expect(edited.topic).toMatchObject({ origin: "roadmap", edited: true, originalQuery: original.query, query: 'ti:"dialogue system"' });
    expect(edited.queryVersion).toEqual({ previous: 1, current: 2, changed: true });

    const restored = restoreRoadmapTopic(db, "dialogue", NOW);
    expect(restored.topic).toMatchObject({ edited: false, query: original.query });
    expect(restored.queryVersion).toEqual({ previous: 2, current: 1, changed: true });
  });

  it("stay in their part; an edit back to the catalog's text removes the override", () => {
    const db = openDb(":memory:");
    expect(problem(() => editTopic(db, "dialogue", { part: "custom" }, NOW))).toMatch(/^invalid: .*stays in the part "application"/);
    const original = loadCatalog().topics.find((t) => t.slug === "dialogue")!;
    editTopic(db, "dialogue", { description: "Changed." }, NOW);
    expect(getTopic(db, "dialogue")!.edited).toBe(true);
    editTopic(db, "dialogue", { description: original.description }, NOW);
    expect(getTopic(db, "dialogue")!.edited).toBe(false);
  });

  it("the 16 can never be archived or deleted, and custom topics cannot be 'restored'", () => {
    const db = openDb(":memory:");
    for (const slug of ROADMAP_SLUGS) {
      expect(problem(() => archiveTopic(db, slug, NOW))).toMatch(/^conflict: .*one of the roadmap's 16 topics/);
    }
    expect(listTopics(db).filter((t) => t.origin === "roadmap")).toHaveLength(16);
    const custom = createCustomTopic(db, input(), NOW);
    expect(problem(() => restoreRoadmapTopic(db, custom.topic.slug, NOW))).toMatch(/^conflict: .*custom topic/);
    expect(problem(() => editTopic(db, "baseline-cs", { description: "x" }, NOW))).toMatch(/^conflict: .*baseline/);
    expect(problem(() => archiveTopic(db, "no-such-topic", NOW))).toMatch(/^not-found/);
  });
});

describe("topic input", () => {
  it("derives a readable slug from the name", () => {
    expect(slugFromName("Retrieval-Augmented Génération (RAG)")).toBe("retrieval-augmented-generation-rag");
    expect(slugFromName("  Tool use & agents  ")).toBe("tool-use-agents");
    expect(slugFromName("A".repeat(30) + " " + "B".repeat(30))).toBe("a".repeat(30));
  });

  it("explains what is wrong with each field", () => {
    const bad = topicInputSchema.safeParse({ name: "x", part: "baseline", description: "", query: "ti:(", extra: 1 });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages.join("\n")).toMatch(/name: the name must be at least 2 characters/);
    expect(messages.join("\n")).toMatch(/part: the part must be one of/);
    expect(messages.join("\n")).toMatch(/description: the description must not be empty/);
    const query = bad.error!.issues.find((i) => i.path[0] === "query") as { params?: { reason: string; position: number } };
    expect(query.params).toMatchObject({ position: expect.any(Number), reason: expect.any(String) });
    expect(topicInputSchema.safeParse({ name: "Bad\u0007name", part: "custom", description: "d", query: "ti:x" }).success).toBe(false);
    expect(topicPatchSchema.safeParse({}).success).toBe(false);
  });
});
