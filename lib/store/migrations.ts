// Schema history of the store. Append only: a migration that has shipped is never edited
// (migrations.test.ts upgrades a store from every older version and compares it with a fresh one).
import "server-only";
import type { Db } from "./db";
import { indexAllPapers } from "./index-papers";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data work SQL cannot do (runs after `sql`, in the same transaction). */
  run?: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "cache of papers, counts and sync runs",
    sql: `
      CREATE TABLE papers (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        authors_json TEXT NOT NULL,
        summary TEXT NOT NULL,
        published TEXT NOT NULL,
        updated TEXT NOT NULL,
        primary_category TEXT NOT NULL,
        categories_json TEXT NOT NULL,
        abs_url TEXT NOT NULL,
        pdf_url TEXT,
        doi TEXT,
        journal_ref TEXT,
        comment TEXT,
        fetched_at TEXT NOT NULL
      );
      CREATE INDEX papers_published ON papers(published DESC);

      -- Every query a topic has had. Counts and memberships are keyed by version so that
      -- numbers from an edited query are never mixed with the old query's.
      CREATE TABLE topic_query_versions (
        slug TEXT NOT NULL,
        version INTEGER NOT NULL,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (slug, version),
        UNIQUE (slug, query)
      );

      CREATE TABLE topic_papers (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        paper_id TEXT NOT NULL REFERENCES papers(id),
        first_seen_at TEXT NOT NULL,
        PRIMARY KEY (slug, query_version, paper_id)
      );
      CREATE INDEX topic_papers_paper ON topic_papers(paper_id);

      CREATE TABLE topic_paper_fetches (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        paper_count INTEGER NOT NULL,
        PRIMARY KEY (slug, query_version)
      );

      CREATE TABLE monthly_counts (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        month TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (slug, query_version, month)
      ) WITHOUT ROWID;

      CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        heartbeat_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','interrupted')),
        trigger TEXT NOT NULL,
        pid INTEGER NOT NULL,
        total INTEGER NOT NULL DEFAULT 0,
        done INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        eta_ms INTEGER,
        current_task TEXT,
        options_json TEXT NOT NULL
      );

      CREATE TABLE sync_failures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER NOT NULL REFERENCES sync_runs(id),
        slug TEXT NOT NULL,
        task TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX sync_failures_run ON sync_failures(run_id);
    `,
  },
  {
    version: 2,
    name: "custom topics and edited roadmap queries",
    sql: `
      -- Topics beyond data/topics.json (origin 'custom'), and edits of the 16 roadmap topics
      -- (origin 'roadmap': the row overrides the catalog entry; deleting it restores the original).
      CREATE TABLE topic_definitions (
        slug TEXT PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('custom', 'roadmap')),
        name TEXT NOT NULL,
        part TEXT NOT NULL,
        description TEXT NOT NULL,
        query TEXT NOT NULL,
        query_notes TEXT NOT NULL,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: "paper marks, notes and saved reviews",
    sql: `
      -- The team's reading decisions, shared by everyone on the server: one mark per paper
      -- (the latest decision wins; who and when are kept), cleared by deleting the row.
      CREATE TABLE paper_marks (
        paper_id TEXT PRIMARY KEY REFERENCES papers(id),
        mark TEXT NOT NULL CHECK (mark IN ('read', 'shortlisted', 'dismissed')),
        marked_by TEXT NOT NULL,
        marked_at TEXT NOT NULL
      );

      -- One short note per paper and reviewer, so two people never overwrite each other.
      CREATE TABLE paper_notes (
        paper_id TEXT NOT NULL REFERENCES papers(id),
        reviewer TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (paper_id, reviewer)
      );

      -- A saved review: its period (ISO instants, from inclusive, to exclusive), topics with the
      -- query versions they had, and the coverage warnings shown at the time.
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        grouping TEXT NOT NULL CHECK (grouping IN ('topic', 'date')),
        topics_json TEXT NOT NULL,
        coverage_json TEXT NOT NULL,
        saved_by TEXT,
        saved_at TEXT NOT NULL
      );
      CREATE INDEX reviews_period_to ON reviews(period_to);

      -- What a saved review held, copied at save time (paper record, topic tags, mark, notes),
      -- so it reopens as it was even after the papers, marks or notes change.
      CREATE TABLE review_papers (
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        paper_id TEXT NOT NULL,
        topics_json TEXT NOT NULL,
        paper_json TEXT NOT NULL,
        mark TEXT CHECK (mark IN ('read', 'shortlisted', 'dismissed')),
        marked_by TEXT,
        marked_at TEXT,
        notes_json TEXT NOT NULL,
        PRIMARY KEY (review_id, paper_id)
      );
    `,
  },
  {
    version: 4,
    name: "contiguous coverage of cached paper lists",
    sql: `
      -- From this submission time up to fetched_at, the cache holds every paper the topic's
      -- query matched (fetches overlap, so coverage grows across syncs). NULL: unknown.
      ALTER TABLE topic_paper_fetches ADD COLUMN covered_from TEXT;
    `,
  },
  {
    version: 5,
    name: "local index of the harvested scope",
    sql: `
      -- seq is the paper's row in paper_fts. An explicit column, because VACUUM may renumber
      -- implicit rowids and the full-text index would then point at the wrong papers.
      ALTER TABLE papers ADD COLUMN seq INTEGER;
      UPDATE papers SET seq = rowid;
      CREATE UNIQUE INDEX papers_seq ON papers(seq);
      ALTER TABLE papers ADD COLUMN month TEXT GENERATED ALWAYS AS (substr(published, 1, 7)) VIRTUAL;
      -- Whether any category is in the harvested scope: topics are counted inside the scope.
      ALTER TABLE papers ADD COLUMN in_scope INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX papers_month ON papers(month, in_scope);

      -- Words of title, abstract, authors, comment and journal reference; categories and the
      -- id as single tokens (lib/index/match-expression.ts). Contentless: the text is in papers.
      CREATE VIRTUAL TABLE paper_fts USING fts5(
        ti, abs, au, co, jr, rn, cat, pid,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );

      -- Counts and lists that arXiv answered per query (the design before the index) are kept
      -- apart: from now on a topic's numbers are computed from the index.
      ALTER TABLE monthly_counts RENAME TO arxiv_monthly_counts;
      CREATE TABLE monthly_counts (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        month TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (slug, query_version, month)
      ) WITHOUT ROWID;
      ALTER TABLE topic_papers RENAME TO arxiv_topic_papers;
      -- Which indexed papers a query version matches, by month: counts and drill-downs read it.
      CREATE TABLE topic_papers (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        month TEXT NOT NULL,
        paper_id TEXT NOT NULL REFERENCES papers(id),
        first_seen_at TEXT NOT NULL,
        PRIMARY KEY (slug, query_version, month, paper_id)
      ) WITHOUT ROWID;
      CREATE INDEX topic_papers_by_paper ON topic_papers(paper_id);
      -- Query versions whose matches have been computed over the whole index.
      CREATE TABLE topic_index_versions (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        computed_at TEXT NOT NULL,
        PRIMARY KEY (slug, query_version)
      );

      -- What the harvest knows of each month: under which scope, up to which instant every
      -- paper arXiv listed is stored (complete_to), arXiv's total for the last slice asked,
      -- and whether it was asked again after the month settled.
      CREATE TABLE index_months (
        month TEXT PRIMARY KEY,
        scope_key TEXT NOT NULL,
        complete_to TEXT,
        harvested_at TEXT NOT NULL,
        settled INTEGER NOT NULL DEFAULT 0,
        requests INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );

      -- The scope the papers' in_scope flags were computed for.
      CREATE TABLE index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      -- One record per arXiv host shared by every process that asks it (CLI sync, server):
      -- no request starts before next_start_ms.
      CREATE TABLE arxiv_pacing (
        origin TEXT PRIMARY KEY,
        next_start_ms INTEGER NOT NULL
      );
    `,
    run: indexAllPapers,
  },
  {
    version: 6,
    name: "audit of the index against arXiv's own counts",
    sql: `
      -- arXiv's totalResults for the whole scope (slug '*') or a topic's query (inside the
      -- scope) in a month, beside the local count at the time it was asked. A zero that arXiv
      -- answered twice where the index holds papers is kept as suspect and never replaces a
      -- positive total: then only suspect_at records that it happened.
      CREATE TABLE audit_counts (
        month TEXT NOT NULL,
        slug TEXT NOT NULL,
        query_version INTEGER,
        arxiv_total INTEGER NOT NULL CHECK (arxiv_total >= 0),
        local_count INTEGER NOT NULL CHECK (local_count >= 0),
        asked_at TEXT NOT NULL,
        suspect INTEGER NOT NULL DEFAULT 0,
        suspect_at TEXT,
        PRIMARY KEY (month, slug)
      );
    `,
  },
  {
    version: 7,
    name: "review change log: a sequence over mark and note writes (issue 10)",
    sql: `
      -- Every write of a mark or a note appends a row, so an open review asks only for what
      -- changed since the last sequence it saw (GET /api/marks/changes?since=N). Triggers, so
      -- no writer can forget it; a log rather than a column, so clearing a mark is seen too.
      CREATE TABLE review_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        paper_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('mark', 'note'))
      );
      -- The ranking model is cached per last mark change: that lookup must not scan the log.
      CREATE INDEX review_changes_kind ON review_changes(kind, seq);
      CREATE TRIGGER paper_marks_ins AFTER INSERT ON paper_marks BEGIN
        INSERT INTO review_changes (paper_id, kind) VALUES (NEW.paper_id, 'mark'); END;
      CREATE TRIGGER paper_marks_upd AFTER UPDATE ON paper_marks BEGIN
        INSERT INTO review_changes (paper_id, kind) VALUES (NEW.paper_id, 'mark'); END;
      CREATE TRIGGER paper_marks_del AFTER DELETE ON paper_marks BEGIN
        INSERT INTO review_changes (paper_id, kind) VALUES (OLD.paper_id, 'mark'); END;
      CREATE TRIGGER paper_notes_ins AFTER INSERT ON paper_notes BEGIN
        INSERT INTO review_changes (paper_id, kind) VALUES (NEW.paper_id, 'note'); END;
      CREATE TRIGGER paper_notes_upd AFTER UPDATE ON paper_notes BEGIN
        INSERT INTO review_changes (paper_id, kind) VALUES (NEW.paper_id, 'note'); END;
      CREATE TRIGGER paper_notes_del AFTER DELETE ON paper_notes BEGIN
        INSERT INTO review_changes (paper_id, kind) VALUES (OLD.paper_id, 'note'); END;
    `,
  },
  {
    version: 8,
    name: "on-topic labels per topic and query version (issue 9)",
    sql: `
      -- A reader's judgement that a paper is (or is not) about a topic, for the query version
      -- that listed it: a rewritten query starts with no labels, so its rate measures it alone.
      CREATE TABLE topic_labels (
        slug TEXT NOT NULL,
        query_version INTEGER NOT NULL,
        paper_id TEXT NOT NULL,
        label TEXT NOT NULL CHECK (label IN ('on', 'off')),
        labelled_by TEXT NOT NULL,
        labelled_at TEXT NOT NULL,
        PRIMARY KEY (slug, query_version, paper_id)
      );
    `,
  },
];
