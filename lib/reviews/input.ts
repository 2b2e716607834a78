// What people may type into a review (names, notes, titles) and how paper ids look, checked with
// zod at the API's edge. The messages are shown to the user as they are.
import { z } from "zod";
import { PAPER_MARKS } from "../store/mark-kinds";
import { ARXIV_ID_RE } from "../arxiv/paper";

export const MAX_REVIEWER_LENGTH = 80;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_TITLE_LENGTH = 200;

// Control characters, and the bidi controls that can make a name display as someone else's.
const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Notes may span lines; every other control character is still refused.
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\t]|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const singleLine = (what: string, max: number) =>
  z
    .string()
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, `${what} must not be empty`)
        .max(max, `${what} must be at most ${max} characters`)
        .refine((s) => !CONTROL.test(s), `${what} must not contain control characters`),
    );

export const reviewerNameSchema = singleLine("the reviewer name", MAX_REVIEWER_LENGTH);
export const reviewTitleSchema = singleLine("the title", MAX_TITLE_LENGTH);

/** A note's text; an empty text (after trimming) deletes the note. */
export const noteTextSchema = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .max(MAX_NOTE_LENGTH, `a note must be at most ${MAX_NOTE_LENGTH} characters`)
      .refine((s) => !CONTROL_EXCEPT_LINES.test(s), "a note must not contain control characters other than line breaks and tabs"),
  );

export const paperIdSchema = z
  .string()
  .trim()
  .regex(ARXIV_ID_RE, "must be an arXiv id without version, such as 2504.00031 or astro-ph/0601001");

export const paperMarkSchema = z.enum(PAPER_MARKS).nullable();

export const REVIEW_GROUPINGS = ["topic", "date"] as const;
export const reviewGroupingSchema = z.enum(REVIEW_GROUPINGS);
