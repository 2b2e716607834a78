import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations";
import { migrate } from "./db";
import { previewMonthlyMatches } from "./term-cache";
import { parseTopicQuery } from "../arxiv/query";
import type { MonthKey } from "../calendar/months";

/** A store as the last release left it: migrations 1-4 only, with the team's work in it. */
function storeAtVersion4() {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of MIGRATIONS.filter((m) => m.version <= 4)) {
    db.exec(m.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(m.version, m.name, "2026-01-01T00:00:00Z");
  }
  const paper = db.prepare(
    `INSERT INTO papers (id, version, title, authors_json, summary, published, updated, primary_category, categories_json, abs_url, fetched_at)
     VALUES (?, 1, ?, '[{"name":"Ann Lee","affiliations":[]}]', ?, ?, ?, ?, ?, ?, '2026-01-02T00:00:00Z')`,
  );
  paper.run("2510.00001", "Scaling language models", "We scale.", "2025-10-03T00:00:00Z", "2025-10-03T00:00:00Z", "cs.CL", '["cs.CL"]', "https://arxiv.org/abs/2510.00001v1");
  paper.run("2510.00002", "Sea ice", "Ice.", "2025-10-04T00:00:00Z", "2025-10-04T00:00:00Z", "physics.ao-ph", '["physics.ao-ph"]', "https://arxiv.org/abs/2510.00002v1");
  db.exec(`
    INSERT INTO topic_query_versions VALUES ('tool-use', 1, 'ti:tool', '2026-01-01T00:00:00Z');
    INSERT INTO topic_definitions VALUES ('tool-use', 'custom', 'Tool use', 'custom', 'd', 'ti:tool', 'n', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    INSERT INTO topic_papers VALUES ('tool-use', 1, '2510.00001', '2026-01-02T00:00:00Z');
    INSERT INTO monthly_counts VALUES ('tool-use', 1, '2025-10', 42, '2026-01-02T00:00:00Z');
    INSERT INTO paper_marks VALUES ('2510.00001', 'shortlisted', 'Ann', '2026-01-03T00:00:00Z');
    INSERT INTO paper_notes VALUES ('2510.00001', 'Bo', 'read this', '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z');
    INSERT INTO reviews (title, period_from, period_to, grouping, topics_json, coverage_json, saved_by, saved_at)
      VALUES ('Week 40', '2025-10-01T00:00:00Z', '2025-10-08T00:00:00Z', 'topic', '[]', '[]', 'Ann', '2026-01-04T00:00:00Z');
    INSERT INTO review_papers VALUES (1, 0, '2510.00001', '[]', '{}', 'shortlisted', 'Ann', '2026-01-03T00:00:00Z', '[]');
  `);
  return db;
}

describe("migration 5 (the local index)", () => {
  it("keeps every mark, note, saved review and custom topic, and indexes the cached papers", () => {
    const db = storeAtVersion4();
    migrate(db);
    expect(db.prepare("SELECT MAX(version) FROM schema_migrations").pluck().get()).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare("SELECT mark, marked_by FROM paper_marks").all()).toEqual([{ mark: "shortlisted", marked_by: "Ann" }]);
    expect(db.prepare("SELECT text FROM paper_notes").pluck().all()).toEqual(["read this"]);
    expect(db.prepare("SELECT title FROM reviews").pluck().all()).toEqual(["Week 40"]);
    expect(db.prepare("SELECT COUNT(*) FROM review_papers").pluck().get()).toBe(1);
    expect(db.prepare("SELECT name FROM topic_definitions").pluck().all()).toEqual(["Tool use"]);
    // arXiv's old per-query answers are kept apart, not mixed with counts from the index.
    expect(db.prepare("SELECT count FROM arxiv_monthly_counts").pluck().all()).toEqual([42]);
    expect(db.prepare("SELECT COUNT(*) FROM monthly_counts").pluck().get()).toBe(0);
    expect(db.prepare("SELECT paper_id FROM arxiv_topic_papers").pluck().all()).toEqual(["2510.00001"]);
    // Both cached papers are in the full-text index; only the in-scope one counts.
    expect(db.prepare("SELECT COUNT(*) FROM paper_fts").pluck().get()).toBe(2);
    expect(db.prepare("SELECT id, in_scope, month FROM papers ORDER BY id").all()).toEqual([
      { id: "2510.00001", in_scope: 1, month: "2025-10" },
      { id: "2510.00002", in_scope: 0, month: "2025-10" },
    ]);
    const oct = "2025-10" as MonthKey;
    expect(previewMonthlyMatches(db, parseTopicQuery('ti:"language models"'), oct, oct).get(oct)).toBe(1);
    expect(previewMonthlyMatches(db, parseTopicQuery("ti:ice"), oct, oct).get(oct)).toBeUndefined();
  });
});
