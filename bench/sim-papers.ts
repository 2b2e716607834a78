// Papers of the simulator's virtual arXiv as the app stores them, made in process (no HTTP):
// what the benchmarks fill stores and dump files with.
import type { Paper } from "../lib/arxiv/paper";
import { addMonths, type MonthKey } from "../lib/calendar/months";
import { loadCorpus } from "../lib/simulator/corpus";
import { versionAt, virtualPapersOfMonth } from "../lib/simulator/model";

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

export function simulatedPapersOfMonth(month: MonthKey, scale: number, now: Date): Paper[] {
  const corpus = loadCorpus();
  const nowMs = now.getTime();
  return virtualPapersOfMonth(month, { scale })
    .filter((v) => v.publishedMs <= nowMs)
    .map((v) => {
      const c = corpus[v.i]!;
      const { version, updatedMs } = versionAt(v, nowMs);
      const primary = v.primaryCategory ?? c.primaryCategory;
      return {
        id: v.id,
        version,
        title: c.title,
        authors: c.authors.map((name) => ({ name, affiliations: [] })),
        summary: c.summary,
        published: iso(v.publishedMs),
        updated: iso(updatedMs),
        primaryCategory: primary,
        categories: primary === c.primaryCategory ? c.categories : [primary, ...c.categories.filter((x) => x !== primary)],
        absUrl: `https://arxiv.org/abs/${v.id}v${version}`,
        pdfUrl: `https://arxiv.org/pdf/${v.id}v${version}`,
        doi: null,
        journalRef: null,
        comment: c.comment,
      };
    });
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, k) => addMonths(last, k - count + 1));
}
