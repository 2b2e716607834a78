import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { openDb, putIndexedPapers, recordHarvestSlice, listIndexMonths, type Db } from "../store";
import { corpusPapers, makePaper } from "../testing/papers";
import { makeScope } from "../index/scope";
import { exportSnapshot, importSnapshot } from "./snapshot";
import { SnapshotError } from "./snapshot-format";
import type { MonthKey } from "../calendar/months";
import { parseTopicQuery } from "../arxiv/query";
import { matchExpression } from "../index/match-expression";

const scope = makeScope(["cs.CL", "cs.AI", "cs.LG", "cs.CV", "stat.ML"], "RADAR_SCOPE");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const NOW = new Date("2026-11-27T08:00:00Z");

function seeded(): Db {
  const db = openDb(":memory:");
  const real = corpusPapers(() => true, 300);
  const odd = [
    makePaper("hep-th/9901001", "1999-01-04T10:00:00Z", { categories: ["hep-th", "cs.LG"], primaryCategory: "hep-th", version: 3, title: "Old style ü ∑ \"quoted\"" }),
    makePaper("2501.00002", "2025-01-02T00:00:00Z", { categories: ["math.OC"], primaryCategory: "math.OC", doi: "10.1/x", journalRef: "J. 1", comment: "12 pages" }),
  ];
  putIndexedPapers(db, [...real, ...odd], new Date("2026-10-01T00:00:00Z"), scope);
  for (const month of ["2025-01", "2025-02", "2025-03"] as MonthKey[]) {
    const start = `${month}-01T00:00:00.000Z`;
    const end = month === "2025-03" ? "2025-03-15T00:00:00.000Z" : new Date(Date.UTC(2025, Number(month.slice(5)), 1)).toISOString();
    recordHarvestSlice(db, { month, scopeKey: scope.key, from: start, to: end, complete: true, settles: month === "2025-01", requests: 3, at: NOW }, start);
  }
  return db;
}

/** Everything a snapshot carries, in a form that compares equal across stores (seq is local). */
function indexContent(db: Db) {
  const papers = db.prepare("SELECT * FROM papers ORDER BY id").all().map((r) => ({ ...(r as Record<string, unknown>), seq: undefined }));
  const fts = ["ti:model*", 'abs:"neural network"', "cat:cs.LG", "au:li", "ti:old AND cat:cs.LG", "abs:language"].map((q) => {
    const expr = matchExpression(parseTopicQuery(q));
    return db.prepare("SELECT p.id FROM paper_fts f JOIN papers p ON p.seq = f.rowid WHERE paper_fts MATCH ? ORDER BY p.id").pluck().all(expr);
  });
  const months = listIndexMonths(db).map(({ requests: _r, lastError: _e, ...m }) => m);
  return { papers, fts, months };
}

/** The whole store, for "nothing changed" checks. */
function everything(db: Db) {
  const tables = ["papers", "index_months", "index_meta", "monthly_counts", "topic_papers"];
  return {
    ...Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()])),
    fts: db.prepare("SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'model*' ORDER BY rowid").pluck().all(),
  };
}

describe("index snapshots", () => {
  it("round trip gives an identical index: papers, full-text matches and harvest records", async () => {
    const a = seeded();
    const file = path.join(dir, "a.snap.gz");
    const out = await exportSnapshot(a, file, NOW);
    expect(out.papers).toBe(302);
    expect(out.months).toBe(3);
    const b = openDb(":memory:");
    const r = await importSnapshot(b, file, scope);
    expect(r.added).toBe(302);
    const want = indexContent(a);
    expect(want.fts.every((ids) => ids.length > 0)).toBe(true);
    expect(indexContent(b)).toEqual(want);
    // A second import changes nothing: every paper is already there at the same version.
    const again = await importSnapshot(b, file, scope);
    expect(again.added).toBe(0);
    expect(indexContent(b)).toEqual(want);
  });

  it("merges: a newer version in the store wins, the further complete_to wins, settled is kept", async () => {
    const a = seeded();
    const file = path.join(dir, "merge.snap.gz");
    await exportSnapshot(a, file, NOW);
    const b = openDb(":memory:");
    const base = corpusPapers(() => true, 1)[0]!;
    putIndexedPapers(b, [{ ...base, version: 9, title: "Local v9" }], NOW, scope);
    const start = "2025-03-01T00:00:00.000Z";
    recordHarvestSlice(b, { month: "2025-03" as MonthKey, scopeKey: scope.key, from: start, to: "2025-03-20T00:00:00.000Z", complete: true, settles: false, requests: 7, at: NOW }, start);
    recordHarvestSlice(b, { month: "2025-02" as MonthKey, scopeKey: scope.key, from: "2025-02-01T00:00:00.000Z", to: "2025-02-10T00:00:00.000Z", complete: true, settles: false, requests: 2, at: NOW }, "2025-02-01T00:00:00.000Z");
    const r = await importSnapshot(b, file, scope);
    expect(r.kept).toBe(1);
    expect(b.prepare("SELECT title FROM papers WHERE id = ?").pluck().get(base.id)).toBe("Local v9");
    const months = new Map(listIndexMonths(b).map((m) => [m.month, m]));
    expect(months.get("2025-03" as MonthKey)?.completeTo).toBe("2025-03-20T00:00:00.000Z");
    expect(months.get("2025-03" as MonthKey)?.requests).toBe(7);
    expect(months.get("2025-02" as MonthKey)?.completeTo).toBe("2025-03-01T00:00:00.000Z");
    expect(months.get("2025-01" as MonthKey)?.settled).toBe(true);
  });

  it("a truncated, corrupt or foreign file is refused and the store is left exactly as it was", async () => {
    const a = seeded();
    const file = path.join(dir, "full.snap.gz");
    await exportSnapshot(a, file, NOW);
    const gz = fs.readFileSync(file);
    const text = gunzipSync(gz).toString("utf8");
    const lines = text.trimEnd().split("\n");
    const variants: [string, Buffer, RegExp][] = [
      ["cut-gzip", gz.subarray(0, Math.floor(gz.length / 2)), /truncated/],
      ["no-trailer", gzipSync(lines.slice(0, -1).join("\n") + "\n"), /truncated/],
      ["cut-mid-line", gzipSync(text.slice(0, Math.floor(text.length * 0.7))), /damaged|truncated/],
      ["edited", gzipSync(text.replace(/"title":"[^"]*"/, '"title":"Tampered"')), /checksum/],
      ["line-dropped", gzipSync([...lines.slice(0, 10), ...lines.slice(11)].join("\n") + "\n"), /damaged/],
      ["foreign-json", gzipSync('{"id":"0704.0001","title":"x"}\n'), /not a Roadmap Radar snapshot/],
      ["foreign-text", Buffer.from("hello world\n"), /not a Roadmap Radar snapshot/],
      ["empty", Buffer.alloc(0), /empty/],
    ];
    const b = seeded();
    b.prepare("UPDATE papers SET title = 'Local edit' WHERE id = '2501.00002'").run();
    const before = everything(b);
    for (const [name, bytes, message] of variants) {
      const bad = path.join(dir, `${name}.gz`);
      fs.writeFileSync(bad, bytes);
      const err = await importSnapshot(b, bad, scope).then(() => null, (e: unknown) => e);
      expect(err, name).toBeInstanceOf(SnapshotError);
      expect((err as Error).message, name).toMatch(message);
      expect(b.inTransaction, name).toBe(false);
      expect(everything(b), name).toEqual(before);
    }
  });
});
