// Papers of the simulator's virtual arXiv as the app stores them, made in process (no HTTP):
// what the benchmarks fill stores and dump files with.
import type { Paper } from "../lib/arxiv/paper";
import { addMonths, type MonthKey } from "../lib/calendar/months";
import { listedPaperAt, virtualPapersOfMonth } from "../lib/simulator/model";

const iso = (d: Date) => d.toISOString().replace(/\.000Z$/, "Z");

export function simulatedPapersOfMonth(month: MonthKey, scale: number, now: Date): Paper[] {
  const nowMs = now.getTime();
  return virtualPapersOfMonth(month, { scale })
    .filter((v) => v.publishedMs <= nowMs)
    .map((v) => {
      const e = listedPaperAt(v, nowMs);
      return {
        id: e.id,
        version: e.version,
        title: e.title,
        authors: e.authors.map((name) => ({ name, affiliations: [] })),
        summary: e.summary,
        published: iso(e.published),
        updated: iso(e.updated),
        primaryCategory: e.primaryCategory,
        categories: e.categories,
        absUrl: `https://arxiv.org/abs/${e.id}v${e.version}`,
        pdfUrl: `https://arxiv.org/pdf/${e.id}v${e.version}`,
        doi: null,
        journalRef: null,
        comment: e.comment,
      };
    });
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, k) => addMonths(last, k - count + 1));
}
