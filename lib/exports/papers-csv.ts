// Papers as CSV, one row per paper; a review's export adds its topics, mark and notes.
import type { Paper } from "../arxiv/paper";
import type { PaperMark } from "../store/paper-marks";
import type { PaperNote } from "../store/paper-notes";
import { canonicalAbsUrl, safeArxivLink } from "../arxiv/links";
import { UTF8_BOM, csvField, spreadsheetSafe, type CsvValue } from "./csv";

// Every text cell is guarded against spreadsheet formulas, whatever its column.
const csvLine = (cells: readonly CsvValue[]) => `${cells.map((v) => csvField(typeof v === "string" ? spreadsheetSafe(v) : v)).join(",")}\r\n`;

export const PAPER_CSV_HEADER = [
  "arxiv_id",
  "version",
  "title",
  "authors",
  "published",
  "updated",
  "primary_category",
  "categories",
  "abs_url",
  "pdf_url",
  "doi",
  "journal_ref",
  "comment",
] as const;

export const REVIEW_CSV_EXTRA = ["topics", "mark", "marked_by", "marked_at", "notes"] as const;

export interface PaperExportRow {
  paper: Paper;
  /** Present on a review's rows. */
  review?: { topics: string[]; mark: PaperMark | null; notes: PaperNote[] };
}

function paperCells(p: Paper): CsvValue[] {
  return [
    p.id,
    p.version,
    spreadsheetSafe(p.title),
    // "; " because author names themselves contain commas only in odd cases, never semicolons.
    spreadsheetSafe(p.authors.map((a) => a.name).join("; ")),
    p.published,
    p.updated,
    p.primaryCategory,
    p.categories.join(" "),
    safeArxivLink(p.absUrl) ?? canonicalAbsUrl(p.id, p.version),
    safeArxivLink(p.pdfUrl),
    p.doi,
    spreadsheetSafe(p.journalRef),
    spreadsheetSafe(p.comment),
  ];
}

/** With `review: true` the review columns follow (notes one per line, "reviewer: text"). */
export function renderPapersCsv(rows: readonly PaperExportRow[], options: { review?: boolean; bom?: boolean } = {}): string {
  return [...papersCsvChunks(rows, options)].join("");
}

/** The same file in pieces (the header, then `per` rows at a time), for a streamed download. */
export function* papersCsvChunks(rows: Iterable<PaperExportRow>, options: { review?: boolean; bom?: boolean } = {}, per = 200): Generator<string> {
  const header = options.review ? [...PAPER_CSV_HEADER, ...REVIEW_CSV_EXTRA] : [...PAPER_CSV_HEADER];
  yield (options.bom ? UTF8_BOM : "") + csvLine(header);
  let chunk: string[] = [];
  for (const r of rows) {
    chunk.push(csvLine(csvCells(r, options)));
    if (chunk.length >= per) {
      yield chunk.join("");
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join("");
}

function csvCells(r: PaperExportRow, options: { review?: boolean }): CsvValue[] {
  if (!options.review) return paperCells(r.paper);
  const rv = r.review;
  return [
    ...paperCells(r.paper),
    rv ? rv.topics.join(" ") : null,
    rv?.mark?.mark ?? null,
    spreadsheetSafe(rv?.mark?.markedBy ?? null),
    rv?.mark?.markedAt ?? null,
    rv && rv.notes.length ? spreadsheetSafe(rv.notes.map((n) => `${n.reviewer}: ${n.text}`).join("\n")) : null,
  ];
}
