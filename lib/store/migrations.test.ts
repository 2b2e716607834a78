import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations";
import { migrate } from "./db";
import { previewMonthlyMatches } from "./term-cache";
import { parseTopicQuery } from "../arxiv/query";
import type { MonthKey } from "../calendar/months";

const LATEST = MIGRATIONS.at(-1)!.version;

/** An empty store as a release that shipped migrations 1…`version` left it. */
function storeAt(version: number) {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) {
    db.exec(m.sql);
    m.run?.(db);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(m.version, m.name, "2026-01-01T00:00:00Z");
  }
  return db;
}

/**
 * Tables, indexes, triggers and views as SQLite keeps them (FTS5's shadow tables included),
 * white space folded: it is the text they were created with, and layout is not schema.
 */
function schemaOf(db: Database.Database) {
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all() as { sql: string | null }[];
  return rows.map((r) => ({ ...r, sql: r.sql?.replace(/\s+/g, " ").replace(/\( /g, "(") ?? null }));
}

function freshStore() {
  const db = new Database(":memory:");
  migrate(db);
  return db;
}

function insertTwoPapers(db: Database.Database) {
  const paper = db.prepare(
    `INSERT INTO papers (id, version, title, authors_json, summary, published, updated, primary_category, categories_json, abs_url, fetched_at)
     VALUES (?, 1, ?, '[{"name":"Ann Lee","affiliations":[]}]', ?, ?, ?, ?, ?, ?, '2026-01-02T00:00:00Z')`,
  );
  paper.run("2510.00001", "Scaling language models", "We scale.", "2025-10-03T00:00:00Z", "2025-10-03T00:00:00Z", "cs.CL", '["cs.CL"]', "https://arxiv.org/abs/2510.00001v1");
  paper.run("2510.00002", "Sea ice", "Ice.", "2025-10-04T00:00:00Z", "2025-10-04T00:00:00Z", "physics.ao-ph", '["physics.ao-ph"]', "https://arxiv.org/abs/2510.00002v1");
}

/** A store as the last release before the index left it: migrations 1-4 only, with the team's work in it. */
function storeAtVersion4() {
  const db = storeAt(4);
  insertTwoPapers(db);
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
    expect(db.prepare("SELECT MAX(version) FROM schema_migrations").pluck().get()).toBe(LATEST);
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

describe("upgrading the oldest store through every migration", () => {
  /** Version 1's tables only: the cache of arXiv's answers, and a sync that ran. */
  function storeAtVersion1() {
    const db = storeAt(1);
    insertTwoPapers(db);
    db.exec(`
      INSERT INTO topic_query_versions VALUES ('language-model', 1, 'ti:"language models"', '2025-11-01T00:00:00Z');
      INSERT INTO topic_papers VALUES ('language-model', 1, '2510.00001', '2025-11-02T00:00:00Z');
      INSERT INTO topic_paper_fetches VALUES ('language-model', 1, '2025-11-02T00:00:00Z', 1);
      INSERT INTO monthly_counts VALUES ('language-model', 1, '2025-10', 1234, '2025-11-02T00:00:00Z');
      INSERT INTO sync_runs (started_at, finished_at, heartbeat_at, status, trigger, pid, total, done, failed, options_json)
        VALUES ('2025-11-02T00:00:00Z', '2025-11-02T00:05:00Z', '2025-11-02T00:05:00Z', 'failed', 'cli', 1, 10, 9, 1, '{}');
      INSERT INTO sync_failures (run_id, slug, task, kind, message, at)
        VALUES (1, 'language-model', 'counts 2025-09', 'timeout', 'no answer in 30 s', '2025-11-02T00:04:00Z');
    `);
    return db;
  }

  it("keeps every row of version 1 and ends with the schema of a fresh store", () => {
    const db = storeAtVersion1();
    migrate(db);
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaOf(db)).toEqual(schemaOf(freshStore()));
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);

    // Papers keep their fields and gain the index's columns and full-text rows.
    expect(db.prepare("SELECT id, title, published, seq, month, in_scope FROM papers ORDER BY id").all()).toEqual([
      { id: "2510.00001", title: "Scaling language models", published: "2025-10-03T00:00:00Z", seq: 1, month: "2025-10", in_scope: 1 },
      { id: "2510.00002", title: "Sea ice", published: "2025-10-04T00:00:00Z", seq: 2, month: "2025-10", in_scope: 0 },
    ]);
    const oct = "2025-10" as MonthKey;
    expect(previewMonthlyMatches(db, parseTopicQuery('ti:"language models"'), oct, oct).get(oct)).toBe(1);
    // arXiv's per-query answers are kept apart; the topic's numbers start empty, computed later.
    expect(db.prepare("SELECT query FROM topic_query_versions").pluck().all()).toEqual(['ti:"language models"']);
    expect(db.prepare("SELECT month, count FROM arxiv_monthly_counts").all()).toEqual([{ month: "2025-10", count: 1234 }]);
    expect(db.prepare("SELECT paper_id FROM arxiv_topic_papers").pluck().all()).toEqual(["2510.00001"]);
    expect(db.prepare("SELECT paper_count, covered_from FROM topic_paper_fetches").all()).toEqual([{ paper_count: 1, covered_from: null }]);
    expect(db.prepare("SELECT COUNT(*) FROM monthly_counts").pluck().get()).toBe(0);
    // The sync history survives.
    expect(db.prepare("SELECT status, total, done, failed FROM sync_runs").all()).toEqual([{ status: "failed", total: 10, done: 9, failed: 1 }]);
    expect(db.prepare("SELECT message FROM sync_failures").pluck().all()).toEqual(["no answer in 30 s"]);

    // Tables and triggers of the later migrations work on the upgraded store.
    db.prepare("INSERT INTO paper_marks VALUES ('2510.00001', 'read', 'Ann', '2026-01-03T00:00:00Z')").run();
    expect(db.prepare("SELECT paper_id, kind FROM review_changes").all()).toEqual([{ paper_id: "2510.00001", kind: "mark" }]);
    db.prepare("INSERT INTO topic_labels VALUES ('language-model', 1, '2510.00001', 'on', 'Ann', '2026-01-03T00:00:00Z')").run();
  });

  it("runs nothing twice: migrating an up-to-date store changes nothing", () => {
    const db = storeAtVersion1();
    migrate(db);
    const applied = db.prepare("SELECT * FROM schema_migrations ORDER BY version").all();
    migrate(db);
    expect(db.prepare("SELECT * FROM schema_migrations ORDER BY version").all()).toEqual(applied);
    expect(db.prepare("SELECT COUNT(*) FROM paper_fts").pluck().get()).toBe(2);
  });

  it.each(MIGRATIONS.slice(0, -1).map((m) => m.version))("a store left at version %i ends with the schema of a fresh store", (version) => {
    const db = storeAt(version);
    migrate(db);
    expect(db.prepare("SELECT MAX(version) FROM schema_migrations").pluck().get()).toBe(LATEST);
    expect(schemaOf(db)).toEqual(schemaOf(freshStore()));
  });
});
