// The app's view of an arXiv paper. Wire types (Atom) never leave lib/arxiv; this is what does.

/**
 * An arXiv identifier without version. New style "2504.00031" / "0704.0001"; old style
 * "astro-ph/0601001", "math.AG/0601001" (an archive name starts with a letter).
 */
export const ARXIV_ID_RE = /^(\d{4}\.\d{4,5}|[a-z][a-z-]*(\.[A-Z]{2})?\/\d{7})$/;

export interface Author {
  name: string;
  affiliations: string[];
}

export interface Paper {
  /** arXiv identifier without version: "2504.00031" or "astro-ph/0601001". */
  id: string;
  /** Version number of the record as returned (the "3" of "v3"). */
  version: number;
  title: string;
  authors: Author[];
  summary: string;
  /** ISO 8601 timestamp of version 1 (what submittedDate filters on). */
  published: string;
  /** ISO 8601 timestamp of the latest version. */
  updated: string;
  primaryCategory: string;
  categories: string[];
  absUrl: string;
  pdfUrl: string | null;
  doi: string | null;
  journalRef: string | null;
  comment: string | null;
}

/** One page of search results. */
export interface ResultPage {
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  papers: Paper[];
}
