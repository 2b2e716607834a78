// The snapshot file: gzip'd JSON lines. Line 1 is a header (magic, format version, scope,
// counts), then one line per harvest record and per paper, then a trailer with the counts and
// a SHA-256 of every line between header and trailer. A file without the magic is foreign; a
// file without a matching trailer is truncated or corrupt, and is refused whole.
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import type { Paper } from "../arxiv/paper";
import type { IndexMonth } from "../store/index-months";

export const SNAPSHOT_MAGIC = "roadmap-radar/index-snapshot";
export const SNAPSHOT_VERSION = 1;
/** A paper line is a few KB; anything far larger is not ours. */
export const SNAPSHOT_MAX_LINE_BYTES = 4 << 20;

const iso = z.string().min(10).max(40);
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const snapshotHeaderSchema = z.object({
  magic: z.literal(SNAPSHOT_MAGIC),
  version: z.number().int(),
  createdAt: iso,
  scopeKey: z.string(),
  papers: z.number().int().min(0),
  months: z.number().int().min(0),
});
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

const nullableText = z.string().nullable();
export const snapshotPaperSchema = z.object({
  t: z.literal("p"),
  id: z.string().min(1).max(64),
  version: z.number().int().min(1),
  title: z.string(),
  authors: z.array(z.object({ name: z.string(), affiliations: z.array(z.string()) })),
  summary: z.string(),
  published: iso,
  updated: iso,
  primaryCategory: z.string(),
  categories: z.array(z.string()).min(1),
  absUrl: z.string(),
  pdfUrl: nullableText,
  doi: nullableText,
  journalRef: nullableText,
  comment: nullableText,
  fetchedAt: iso,
});

export const snapshotMonthSchema = z.object({
  t: z.literal("m"),
  month: monthKey,
  scopeKey: z.string(),
  completeTo: iso.nullable(),
  harvestedAt: iso,
  settled: z.boolean(),
});

export const snapshotRecordSchema = z.discriminatedUnion("t", [snapshotPaperSchema, snapshotMonthSchema]);

export const snapshotTrailerSchema = z.object({
  t: z.literal("end"),
  papers: z.number().int().min(0),
  months: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}

export function paperLine(p: Paper, fetchedAt: string): string {
  const { id, version, title, authors, summary, published, updated, primaryCategory, categories, absUrl, pdfUrl, doi, journalRef, comment } = p;
  return JSON.stringify({ t: "p", id, version, title, authors, summary, published, updated, primaryCategory, categories, absUrl, pdfUrl, doi, journalRef, comment, fetchedAt });
}

/** Requests and errors are the exporting install's own business, not part of what it knows. */
export function monthLine(m: IndexMonth): string {
  return JSON.stringify({ t: "m", month: m.month, scopeKey: m.scopeKey, completeTo: m.completeTo, harvestedAt: m.harvestedAt, settled: m.settled });
}

/** Hashes the body lines exactly as written (each with its newline). */
export class BodyDigest {
  private readonly hash: Hash = createHash("sha256");
  add(line: string): void {
    this.hash.update(line);
    this.hash.update("\n");
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

/** The header line parsed, or a message that says what the file is not. */
export function parseHeader(text: string): SnapshotHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SnapshotError("not a Roadmap Radar snapshot: the first line is not JSON");
  }
  const magic = (raw as { magic?: unknown } | null)?.magic;
  if (magic !== SNAPSHOT_MAGIC) throw new SnapshotError(`not a Roadmap Radar snapshot: no "${SNAPSHOT_MAGIC}" header`);
  const header = snapshotHeaderSchema.safeParse(raw);
  if (!header.success) throw new SnapshotError(`snapshot header is damaged: ${z.prettifyError(header.error)}`);
  if (header.data.version > SNAPSHOT_VERSION) {
    throw new SnapshotError(`snapshot format ${header.data.version} is newer than this version reads (${SNAPSHOT_VERSION}); update the app`);
  }
  return header.data;
}
