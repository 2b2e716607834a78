// Where a query problem is, for pointing at it under the query: the line that holds the
// character, cut to a readable window around it, and the caret's column in that window.

export interface CaretLocation {
  /** 1-based line of the query (queries may span lines in the editor). */
  line: number;
  /** 1-based character of the whole query, as the parser counts it. */
  character: number;
  /** The text shown above the caret, "…" marking what was cut. */
  excerpt: string;
  /** Spaces before the caret under `excerpt`. */
  caretColumn: number;
}

const WINDOW = 72;
const LEAD = 36;

export function caretLocation(text: string, position: number): CaretLocation {
  const at = Math.max(0, Math.min(position, text.length));
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEndRaw = text.indexOf("\n", at);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const lineText = text.slice(lineStart, lineEnd).replace(/\t/g, " ");
  const column = at - lineStart;
  const start = lineText.length > WINDOW ? Math.max(0, Math.min(column - LEAD, lineText.length - WINDOW)) : 0;
  const end = Math.min(lineText.length, start + WINDOW);
  const cutLeft = start > 0;
  const excerpt = `${cutLeft ? "…" : ""}${lineText.slice(start, end)}${end < lineText.length ? "…" : ""}`;
  return {
    line: text.slice(0, lineStart).split("\n").length,
    character: at + 1,
    excerpt,
    caretColumn: column - start + (cutLeft ? 1 : 0),
  };
}
