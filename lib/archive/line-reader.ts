// Reads a (possibly gzip'd) file line by line without ever holding more than one bounded line:
// snapshots and arXiv's multi-GB bulk dump are streamed, and one hostile line (a 2 GB run
// without a newline) must be skipped, not loaded.
import fs from "node:fs";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";

export type FileLine = { kind: "line"; text: string; number: number } | { kind: "too-long"; bytes: number; number: number };

/** Whether the file starts with gzip's magic bytes (the name is not trusted). */
export function isGzipFile(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's bytes, gunzipped when it is gzip; `onBytes` sees the bytes read from disk (progress). */
export function openMaybeGzip(file: string, onBytes?: (n: number) => void): Readable {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  if (onBytes) raw.on("data", (c) => onBytes((c as Buffer).length));
  return isGzipFile(file) ? raw.pipe(createGunzip()) : raw;
}

/**
 * Lines of a byte stream (\n or \r\n). A line longer than `maxBytes` is reported as too long
 * and its bytes are dropped as they arrive. A last line without a newline is still a line.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<FileLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropping = 0;
  let number = 0;
  const emit = (): FileLine | null => {
    number++;
    if (dropping > 0) {
      const bytes = dropping + size;
      dropping = 0;
      parts = [];
      size = 0;
      return { kind: "too-long", bytes, number };
    }
    let buf = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (buf.length > 0 && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    return { kind: "line", text: buf.toString("utf8"), number };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      if (dropping > 0 || size + piece.length > maxBytes) {
        dropping += size + piece.length;
        parts = [];
        size = 0;
      } else if (piece.length > 0) {
        // Copy: the stream may reuse its chunk buffers.
        parts.push(Buffer.from(piece));
        size += piece.length;
      }
      if (nl === -1) break;
      const line = emit();
      if (line) yield line;
      from = nl + 1;
    }
  }
  if (size > 0 || dropping > 0) {
    const line = emit();
    if (line) yield line;
  }
}
