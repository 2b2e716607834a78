// CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a quote, a comma or a
// line break, quotes inside doubled. Unknown values are empty fields, never 0.
import { z } from "zod";

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every text cell is made spreadsheet-safe (see below), whatever its column. */
export function renderCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const safeRows = rows.map((r) => r.map((v) => (typeof v === "string" ? spreadsheetSafe(v) : v)));
  const text = [header, ...safeRows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
  return options.bom ? UTF8_BOM + text : text;
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (`?bom=1`). */
export const UTF8_BOM = "\uFEFF";

/** The `bom` parameter of the CSV exports: 1 writes the byte-order mark, 0 (default) does not. */
export const bomParamSchema = z.enum(["0", "1"]).transform((v) => v === "1");

/**
 * Text a spreadsheet would run as a formula (a cell starting with = + - @ or a tab/CR/LF, also
 * after leading spaces) gets a leading apostrophe. Titles, dois, categories and links come
 * from strangers, notes from colleagues; opening the export must never execute any of them.
 * renderCsv applies it to every text cell.
 */
export function spreadsheetSafe(text: string | null): string | null {
  if (text === null) return null;
  return /^[\s]*[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}
