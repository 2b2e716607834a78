// The app's view of an arXiv paper. Wire types (Atom) never leave lib/arxiv; this is what does.

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
