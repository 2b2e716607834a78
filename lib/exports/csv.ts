// CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a quote, a comma or a
// line break, quotes inside doubled. Unknown values are empty fields, never 0.

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * Text a spreadsheet would run as a formula (a cell starting with = + - @ or a tab/CR) gets a
 * leading apostrophe. Paper titles and notes come from strangers and colleagues alike; opening
 * the export must never execute them. Only free-text columns go through this.
 */
export function spreadsheetSafe(text: string | null): string | null {
  if (text === null) return null;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
