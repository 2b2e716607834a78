import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { listIndexMonths, openDb } from "../store";
import { planHarvest } from "../sync/harvest-plan";
import type { MonthKey } from "../calendar/months";
import { makeScope } from "../index/scope";
import { coveredMonths, importArxivMetadata } from "./bulk-import";
import { parseMetadataLine } from "./arxiv-metadata";

const FIXTURE = path.resolve("data/fixtures/arxiv-metadata/arxiv-metadata-oai-snapshot.head200.jsonl");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-import-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// Wide enough that the fixture's physics, maths and cs papers are kept.
const scope = makeScope(["cs.CG", "cs.NE", "cs.DS", "cs.IT", "math.CO", "hep-ph", "astro-ph", "math.IT", "quant-ph", "cond-mat.mes-hall"], "RADAR_SCOPE");
const SETTLE = 7 * 86_400_000;
const NOW = new Date("2026-11-27T08:00:00Z");

/** Hand-made lines: an old-style id, missing fields, hostile input. */
const oldStyle = {
  id: "cs/9901002",
  authors: "Jane Q. Doe and R. Roe",
  title: "An   old-style\n  identifier",
  comments: null,
  "journal-ref": null,
  doi: null,
  categories: "cs.DS math.CO",
  abstract: "  Wrapped\nabstract.  ",
  versions: [{ version: "v1", created: "Fri, 8 Jan 1999 10:00:00 GMT" }, { version: "v2", created: "Sat, 9 Jan 1999 10:00:00 GMT" }],
};
const EXTRA = [
  JSON.stringify(oldStyle),
  '{"id": "0704.9999", "title": "no abstract", "categories": "cs.DS", "versions": [{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}]}',
  '{"id": "0704.9998", "title": "x", "abstract": "y", "categories": "cs.DS", "versions": []}',
  '{"id": "0704.9997", "title": "x", "abstract": "y", "categories": "cs.DS", "versions": [{"created": "yesterday"}]}',
  '{"id": "../../etc/passwd", "title": "x", "abstract": "y", "categories": "cs.DS", "versions": [{"created": "Mon, 2 Apr 2007 19:18:42 GMT"}]}',
  '{"id": "0704.9996", "title": "unterminated',
  "",
  "[1, 2, 3]",
  "null",
  JSON.stringify({ ...oldStyle, id: "0704.9995", title: "A".repeat(50_000) }),
  `{"id": "0704.9994", "title": "${"B".repeat(3_000_000)}"}`,
];

function fixtureWithExtras(gzip: boolean): string {
  const text = fs.readFileSync(FIXTURE, "utf8") + EXTRA.join("\n") + "\n";
  const file = path.join(dir, gzip ? "dump.jsonl.gz" : "dump.jsonl");
  fs.writeFileSync(file, gzip ? gzipSync(text) : text);
  return file;
}

describe("parseMetadataLine", () => {
  it("builds a paper from a real record: v1 date, version count, folded text, parsed authors, links", () => {
    const line = fs.readFileSync(FIXTURE, "utf8").split("\n")[0]!;
    const r = parseMetadataLine(line, () => true);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.paper).toMatchObject({
      id: "0704.0001",
      version: 2,
      title: "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
      published: "2007-04-02T19:18:42Z",
      updated: "2007-07-24T20:10:27Z",
      primaryCategory: "hep-ph",
      categories: ["hep-ph"],
      doi: "10.1103/PhysRevD.76.013009",
      journalRef: "Phys.Rev.D76:013009,2007",
      comment: "37 pages, 15 figures; published version",
      absUrl: "https://arxiv.org/abs/0704.0001v2",
    });
    expect(r.paper.authors.map((a) => a.name)).toEqual(["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"]);
    expect(r.paper.summary.startsWith("A fully differential calculation in perturbative quantum chromodynamics is presented")).toBe(true);
  });
});

describe("importArxivMetadata", () => {
  for (const gzip of [false, true]) {
    it(`reads the fixture records and skips hostile lines with a count and a reason (${gzip ? "gzip" : "plain"})`, async () => {
      const db = openDb(":memory:");
      const r = await importArxivMetadata(db, fixtureWithExtras(gzip), { scope, settleMs: SETTLE, now: NOW });
      expect(r.lines).toBe(200 + EXTRA.length);
      expect(r.skipped).toMatchObject({
        "missing or malformed fields": 4, // no abstract, no versions, [1,2,3], null
        "bad version date": 1,
        "bad id": 1,
        "bad JSON": 1,
        "blank line": 1,
        "huge field": 1,
        "line too long": 1,
      });
      const kept = db.prepare("SELECT COUNT(*) FROM papers").pluck().get() as number;
      expect(kept).toBe(r.inScope);
      expect(r.inScope + (r.skipped["out of scope"] ?? 0)).toBe(201);
      const old = db.prepare("SELECT * FROM papers WHERE id = 'cs/9901002'").get() as Record<string, unknown>;
      expect(old).toMatchObject({ version: 2, title: "An old-style identifier", summary: "Wrapped abstract.", published: "1999-01-08T10:00:00Z", doi: null, comment: null, in_scope: 1 });
      expect(JSON.parse(old.authors_json as string)).toEqual([{ name: "Jane Q. Doe", affiliations: [] }, { name: "R. Roe", affiliations: [] }]);
      // Several versions: the version is their count, the submission date that of v1.
      const multi = db.prepare("SELECT version, published FROM papers WHERE id = '0704.0002'").get();
      expect(multi).toEqual({ version: 2, published: "2007-03-31T02:26:18Z" });
      // The full-text index is in step with the papers.
      expect(db.prepare("SELECT COUNT(*) FROM paper_fts").pluck().get()).toBe(kept);
      // Again: every paper is already there at the same version and is kept as stored.
      db.prepare("UPDATE papers SET title = 'Harvested copy' WHERE id = 'cs/9901002'").run();
      const again = await importArxivMetadata(db, fixtureWithExtras(gzip), { scope, settleMs: SETTLE, now: NOW });
      expect([again.added, again.replaced]).toEqual([0, 0]);
      expect(db.prepare("SELECT title FROM papers WHERE id = 'cs/9901002'").pluck().get()).toBe("Harvested copy");
    });
  }

  it("records the months the dump covers, and a sync then asks only for the rest", async () => {
    const db = openDb(":memory:");
    const r = await importArxivMetadata(db, FIXTURE, { scope, from: "2007-01" as MonthKey, settleMs: SETTLE, now: NOW });
    // The fixture's newest version 1 is in April 2007: Jan-Mar are complete, April up to that instant.
    expect(r.newestV1?.slice(0, 7)).toBe("2007-04");
    const months = listIndexMonths(db);
    expect(months.map((m) => m.month)).toEqual(["2007-01", "2007-02", "2007-03", "2007-04"]);
    expect(months.slice(0, 3).every((m) => m.completeTo?.slice(0, 10) === `${m.month === "2007-03" ? "2007-04" : m.month === "2007-02" ? "2007-03" : "2007-02"}-01`)).toBe(true);
    expect(months[3]!.completeTo).toBe(new Date(Math.floor(Date.parse(r.newestV1!) / 60_000) * 60_000).toISOString());
    expect(months[2]!.settled).toBe(false); // the dump ends within the settle days after March
    expect(months[0]!.settled).toBe(true);
    const known = new Map(months.map((m) => [m.month, m]));
    const plan = planHarvest({ from: "2007-01" as MonthKey, to: "2007-04" as MonthKey, now: NOW, scopeKey: scope.key, policy: { maxAgeMs: 86_400_000, settleMs: SETTLE } }, known);
    expect(plan.map((s) => `${s.month} ${s.reason}`).sort()).toEqual(["2007-03 settle", "2007-04 catch-up"]);
    expect(plan.find((s) => s.month === "2007-04")!.from.getTime()).toBe(Math.max(Date.parse("2007-04-01T00:00:00Z"), Date.parse(months[3]!.completeTo!) - SETTLE));
  });

  it("coveredMonths: a month is complete once the dump reaches its end, settled SYNC_SETTLE_DAYS later", () => {
    const c = coveredMonths("2025-01" as MonthKey, Date.parse("2025-03-05T12:00:30Z"), SETTLE);
    expect(c).toEqual([
      { month: "2025-01", completeTo: "2025-02-01T00:00:00.000Z", settled: true },
      { month: "2025-02", completeTo: "2025-03-01T00:00:00.000Z", settled: false },
      { month: "2025-03", completeTo: "2025-03-05T12:00:00.000Z", settled: false },
    ]);
  });
});
