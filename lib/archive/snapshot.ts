// `npm run snapshot -- export|import FILE`: the index (papers with their categories, and the
// harvest records that say which months are complete) in one file a team can pass around, so
// a new install starts from a colleague's harvest instead of asking arXiv for it again.
// Marks, notes, reviews and topic definitions are personal and never leave the store.
import fs from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { z } from "zod";
import type { Db } from "../store/db";
import { applyScope, createIndexedPaperWriter } from "../store/index-papers";
import { listIndexMonths, mergeIndexMonth } from "../store/index-months";
import { toPaper, type PaperRow } from "../store/papers";
import type { MonthKey } from "../calendar/months";
import type { IndexScope } from "../index/scope";
import { openMaybeGzip, readLines } from "./line-reader";
import {
  BodyDigest,
  SNAPSHOT_MAGIC,
  SNAPSHOT_MAX_LINE_BYTES,
  SNAPSHOT_VERSION,
  SnapshotError,
  monthLine,
  paperLine,
  parseHeader,
  snapshotRecordSchema,
  snapshotTrailerSchema,
  type SnapshotHeader,
} from "./snapshot-format";

const PAGE = 2000;
const SNAPSHOT_GZIP_LEVEL = Number(process.env.SNAPSHOT_GZIP_LEVEL ?? 4);
/** Page cache while importing (KiB; SNAPSHOT_IMPORT_CACHE_MB). */
const IMPORT_CACHE_KIB = Number(process.env.SNAPSHOT_IMPORT_CACHE_MB ?? 256) * 1024;

export interface SnapshotExportResult {
  papers: number;
  months: number;
  bytes: number;
}

/** Writes the store's index to `file` (through a temporary file, so a failed export leaves nothing half-written). */
export async function exportSnapshot(db: Db, file: string, now: Date, onProgress?: (papers: number) => void): Promise<SnapshotExportResult> {
  const tmp = `${file}.partial`;
  const out = fs.createWriteStream(tmp);
  // Level 4: nearly the size of 6 at a good deal less CPU on a 2-core machine.
  const gzip = createGzip({ level: SNAPSHOT_GZIP_LEVEL });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  // One read transaction: the file is one consistent state even while a sync writes.
  db.exec("BEGIN");
  let papers = 0;
  let months = 0;
  try {
    const total = db.prepare("SELECT COUNT(*) FROM papers").pluck().get() as number;
    const records = listIndexMonths(db);
    const header: SnapshotHeader = {
      magic: SNAPSHOT_MAGIC,
      version: SNAPSHOT_VERSION,
      createdAt: now.toISOString(),
      scopeKey: (db.prepare("SELECT value FROM index_meta WHERE key = 'scope_key'").pluck().get() as string | undefined) ?? "",
      papers: total,
      months: records.length,
    };
    await write(JSON.stringify(header));
    const digest = new BodyDigest();
    const body = async (line: string) => {
      digest.add(line);
      await write(line);
    };
    for (const m of records) {
      await body(monthLine(m));
      months++;
    }
    const page = db.prepare("SELECT rowid AS r, * FROM papers WHERE rowid > ? ORDER BY rowid LIMIT ?");
    for (let after = 0; ; ) {
      const rows = page.all(after, PAGE) as (PaperRow & { r: number; fetched_at: string })[];
      if (rows.length === 0) break;
      // One write per page: an await per line costs more than the gzip itself.
      let chunk = "";
      for (const row of rows) {
        const line = paperLine(toPaper(row), row.fetched_at);
        digest.add(line);
        chunk += `${line}\n`;
      }
      if (!gzip.write(chunk)) await once(gzip, "drain");
      papers += rows.length;
      after = rows[rows.length - 1]!.r;
      onProgress?.(papers);
    }
    await write(JSON.stringify({ t: "end", papers, months, sha256: digest.hex() }));
  } catch (e) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    db.exec("COMMIT");
  }
  gzip.end();
  await once(out, "close");
  fs.renameSync(tmp, file);
  return { papers, months, bytes: fs.statSync(file).size };
}

export interface SnapshotImportResult {
  header: SnapshotHeader;
  papers: number;
  added: number;
  replaced: number;
  /** Papers of the store that were newer than the snapshot's copy. */
  kept: number;
  months: number;
  /** Months whose papers or harvest records changed: their topic counts must be recomputed. */
  touchedMonths: MonthKey[];
}

function damaged(line: number, why: string): SnapshotError {
  return new SnapshotError(`snapshot is damaged at line ${line}: ${why}; nothing was imported`);
}

/**
 * Loads a snapshot into the store inside one transaction: the store changes only if the whole
 * file was read and its trailer (counts and SHA-256) matches. Truncated, corrupt or foreign
 * files are refused with a SnapshotError and the store is left exactly as it was.
 */
export async function importSnapshot(db: Db, file: string, scope: IndexScope, onProgress?: (papers: number, total: number) => void): Promise<SnapshotImportResult> {
  if (!fs.existsSync(file)) throw new SnapshotError(`${file} does not exist`);
  const lines = readLines(openMaybeGzip(file), SNAPSHOT_MAX_LINE_BYTES);
  let header: SnapshotHeader | null = null;
  let trailer: z.infer<typeof snapshotTrailerSchema> | null = null;
  const digest = new BodyDigest();
  const counts = { papers: 0, added: 0, replaced: 0, kept: 0, months: 0 };
  const touched = new Set<MonthKey>();
  let began = false;
  const cacheBefore = db.pragma("cache_size", { simple: true }) as number;
  try {
    let writer: ReturnType<typeof createIndexedPaperWriter> | null = null;
    for await (const line of lines) {
      if (line.kind === "too-long") throw header ? damaged(line.number, `a line of ${line.bytes} bytes`) : new SnapshotError("not a Roadmap Radar snapshot: no header line");
      if (header === null) {
        header = parseHeader(line.text);
        // Written only after the header proved the file is ours; rolled back unless it all checks out.
        db.exec("BEGIN IMMEDIATE");
        began = true;
        // One transaction of hundreds of MB: with SQLite's default 2 MB page cache, index pages
        // are spilled to the WAL and rewritten again and again. Restored in `finally`.
        db.pragma(`cache_size = ${IMPORT_CACHE_KIB > 0 ? -IMPORT_CACHE_KIB : cacheBefore}`);
        applyScope(db, scope);
        writer = createIndexedPaperWriter(db, scope, "newer");
        continue;
      }
      if (trailer !== null) throw damaged(line.number, "lines after the end record");
      let raw: unknown;
      try {
        raw = JSON.parse(line.text);
      } catch {
        throw damaged(line.number, "not JSON");
      }
      if ((raw as { t?: unknown } | null)?.t === "end") {
        const t = snapshotTrailerSchema.safeParse(raw);
        if (!t.success) throw damaged(line.number, "unreadable end record");
        trailer = t.data;
        continue;
      }
      digest.add(line.text);
      const record = snapshotRecordSchema.safeParse(raw);
      if (!record.success) throw damaged(line.number, z.prettifyError(record.error).split("\n")[0] ?? "bad record");
      const r = record.data;
      if (r.t === "m") {
        mergeIndexMonth(db, { ...r, month: r.month as MonthKey, requests: 0, lastError: null }, scope.key);
        touched.add(r.month as MonthKey);
        counts.months++;
        continue;
      }
      const { t: _t, fetchedAt, ...paper } = r;
      const outcome = writer!.put(paper, fetchedAt);
      counts.papers++;
      if (outcome === "kept") counts.kept++;
      else {
        counts[outcome]++;
        touched.add(paper.published.slice(0, 7) as MonthKey);
      }
      if (counts.papers % 20_000 === 0) onProgress?.(counts.papers, header.papers);
    }
    if (header === null) throw new SnapshotError("not a Roadmap Radar snapshot: the file is empty");
    if (trailer === null) throw new SnapshotError(`snapshot is truncated: it ends after ${counts.papers} of ${header.papers} papers without its end record; nothing was imported`);
    if (trailer.papers !== counts.papers || trailer.months !== counts.months || header.papers !== counts.papers || header.months !== counts.months) {
      throw new SnapshotError(`snapshot is damaged: it holds ${counts.papers} papers and ${counts.months} months, its records say ${trailer.papers} and ${trailer.months}; nothing was imported`);
    }
    if (digest.hex() !== trailer.sha256) throw new SnapshotError("snapshot is damaged: its checksum does not match its content; nothing was imported");
    db.exec("COMMIT");
    began = false;
    db.pragma(`cache_size = ${cacheBefore}`);
  } catch (e) {
    if (began && db.inTransaction) db.exec("ROLLBACK");
    db.pragma(`cache_size = ${cacheBefore}`);
    // zlib's own words ("unexpected end of file", "incorrect header check") mean little to a user.
    if (e instanceof SnapshotError) throw e;
    const code = (e as { code?: string }).code ?? "";
    if (code.startsWith("Z_")) throw new SnapshotError(`snapshot is truncated or not gzip (${(e as Error).message}); nothing was imported`);
    throw e;
  }
  onProgress?.(counts.papers, header.papers);
  return { header, ...counts, touchedMonths: [...touched].sort() };
}
