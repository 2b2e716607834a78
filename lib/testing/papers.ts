// Papers for tests: made-up ones with chosen dates, and real ones from the simulator's corpus
// (real titles with $, ^, &, _ and real non-ASCII author names).
import type { Paper } from "../arxiv/paper";
import { loadCorpus, type CorpusPaper } from "../simulator/corpus";

export function makePaper(id: string, published: string, overrides: Partial<Paper> = {}): Paper {
  return {
    id,
    version: 1,
    title: `Paper ${id}`,
    authors: [{ name: "Ada Lovelace", affiliations: [] }],
    summary: `Summary of ${id}.`,
    published,
    updated: published,
    primaryCategory: "cs.CL",
    categories: ["cs.CL"],
    absUrl: `https://arxiv.org/abs/${id}v1`,
    pdfUrl: `https://arxiv.org/pdf/${id}v1`,
    doi: null,
    journalRef: null,
    comment: null,
    ...overrides,
  };
}

/** Corpus papers as app Papers, with their real ids and a date inside 2025. */
export function corpusPapers(filter: (title: string, authors: string[]) => boolean, limit = 50): Paper[] {
  return loadCorpus()
    .filter((c) => filter(c.title, c.authors))
    .slice(0, limit)
    .map((c, i) => {
      const published = `2025-0${1 + (i % 9)}-1${i % 10}T12:00:00Z`;
      return makePaper(c.realId, published, {
        title: c.title,
        authors: c.authors.map((name) => ({ name, affiliations: [] })),
        summary: c.summary,
        primaryCategory: c.primaryCategory,
        categories: c.categories,
        comment: c.comment,
      });
    });
}

/** A corpus paper as a new submission with its own id and date (seeded stores for benches and e2e). */
export function corpusPaperAs(c: CorpusPaper, id: string, published: string): Paper {
  return makePaper(id, published, {
    title: c.title,
    authors: c.authors.map((name) => ({ name, affiliations: [] })),
    summary: c.summary,
    primaryCategory: c.categories[0] ?? "cs.LG",
    categories: c.categories,
    comment: c.comment,
  });
}
