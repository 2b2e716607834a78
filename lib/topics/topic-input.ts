// What a person may enter for a custom topic or an edited roadmap topic, checked with zod.
// The slug (the topic's address) is derived from the name once, at creation, and then kept.
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "../arxiv/query";
import { MAX_QUERY_NOTES, MAX_TOPIC_DESCRIPTION, MAX_TOPIC_NAME, ROADMAP_PARTS } from "./catalog";
import { checkTopicQuery } from "./query-check";

export const TOPIC_PARTS = [...ROADMAP_PARTS, "custom"] as const;
export type TopicPart = (typeof TOPIC_PARTS)[number];

export { MAX_QUERY_NOTES, MAX_TOPIC_DESCRIPTION, MAX_TOPIC_NAME };
export const MAX_SLUG_LENGTH = 48;

/**
 * Slugs that would collide with fixed routes beside /topics/[slug] and /api/topics/[slug]
 * (a topic called "Check" would be shadowed by POST /api/topics/check).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["check", "preview", "new", "edit", "api"]);

const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const NAME_CHARS = /^[\p{L}\p{M}\p{N} \-&/(),.:+'’]+$/u;

/** "Retrieval-Augmented Généra­tion (RAG)" → "retrieval-augmented-generation-rag". */
export function slugFromName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.slice(0, MAX_SLUG_LENGTH);
  // Cut at a word boundary when there is one, so the address stays readable.
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

export const topicNameSchema = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "the name must be at least 2 characters")
      .max(MAX_TOPIC_NAME, `the name must be at most ${MAX_TOPIC_NAME} characters`)
      .regex(NAME_CHARS, "the name may hold letters, digits, spaces and - & / ( ) , . : + ' only")
      .refine((s) => /[a-z0-9]/i.test(slugFromName(s)), "the name needs at least one latin letter or digit, to make the topic's address"),
  );

const description = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "the description must not be empty")
      .max(MAX_TOPIC_DESCRIPTION, `the description must be at most ${MAX_TOPIC_DESCRIPTION} characters`)
      .refine((s) => !CONTROL.test(s), "the description must not contain control characters"),
  );

const queryNotes = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .max(MAX_QUERY_NOTES, `the query notes must be at most ${MAX_QUERY_NOTES} characters`)
      .refine((s) => !/[^\P{Cc}\n\t]/u.test(s), "the query notes must not contain control characters other than line breaks"),
  );

/** The query, parsed as a topic query and stored in canonical form. */
export const topicQuerySchema = z
  .string()
  .max(MAX_QUERY_LENGTH, `the query must be at most ${MAX_QUERY_LENGTH} characters`)
  .transform((text, ctx) => {
    const check = checkTopicQuery(text);
    if (!check.ok) {
      ctx.addIssue({
        code: "custom",
        message: `${check.reason} (at character ${check.position + 1})`,
        params: { reason: check.reason, position: check.position },
      });
      return z.NEVER;
    }
    return check.canonical;
  });

export const topicInputSchema = z
  .object({
    name: topicNameSchema,
    part: z.enum(TOPIC_PARTS, { message: `the part must be one of ${TOPIC_PARTS.join(", ")}` }),
    description,
    query: topicQuerySchema,
    queryNotes: queryNotes.default(""),
  })
  .strict();
export type TopicInput = z.infer<typeof topicInputSchema>;

/** An edit: any subset of the fields; at least one. */
export const topicPatchSchema = z
  .object({
    name: topicNameSchema.optional(),
    part: z.enum(TOPIC_PARTS, { message: `the part must be one of ${TOPIC_PARTS.join(", ")}` }).optional(),
    description: description.optional(),
    query: topicQuerySchema.optional(),
    queryNotes: queryNotes.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), "nothing to change: send at least one field");
export type TopicPatch = z.infer<typeof topicPatchSchema>;
