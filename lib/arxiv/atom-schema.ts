// The zod check every reshaped page passes before it leaves the adapter. It is typed against
// the app's Paper/ResultPage, so a change to either shape fails to compile here first.
import { z } from "zod";
import { ARXIV_ID_RE, type Author, type Paper, type ResultPage } from "./paper";

const text = z.string().min(1);
const nullableText = text.nullable();
const timestamp = z.iso.datetime({ offset: true });
const count = z.int().min(0);

const authorSchema = z.object({
  name: text,
  affiliations: z.array(text),
}) satisfies z.ZodType<Author>;

export const paperSchema = z.object({
  id: z.string().regex(ARXIV_ID_RE, "not an arXiv identifier"),
  version: z.int().min(1),
  // min(1), not truthiness: "0" is a real title (arxiv.py #71).
  title: text,
  authors: z.array(authorSchema).min(1),
  summary: z.string(),
  published: timestamp,
  updated: timestamp,
  primaryCategory: text,
  categories: z.array(text).min(1),
  absUrl: z.url(),
  pdfUrl: z.url().nullable(),
  doi: nullableText,
  journalRef: nullableText,
  comment: nullableText,
}) satisfies z.ZodType<Paper>;

export const resultPageSchema = z.object({
  totalResults: count,
  startIndex: count,
  itemsPerPage: count,
  papers: z.array(paperSchema),
}) satisfies z.ZodType<ResultPage>;
