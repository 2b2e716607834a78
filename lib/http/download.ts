// A file download from a route: the body with its media type, as an attachment with a name.

export function downloadResponse(body: string, type: string, filename: string): Response {
  // The filename is built by the app from slugs, ids and dates: ASCII, no quotes.
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}

export const MEDIA_TYPES = {
  csv: "text/csv; charset=utf-8; header=present",
  bibtex: "application/x-bibtex; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
} as const;

/**
 * A download written piece by piece as the client reads it: a review of 3,500 papers is never
 * held as one string, and the first bytes leave at once.
 */
export function streamedDownload(chunks: Iterable<string>, type: string, filename: string): Response {
  const it = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
