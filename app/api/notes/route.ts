// Reviewers' notes: one note per paper and reviewer; an empty text deletes it.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { putPaperNote } from "@/lib/store";
import { noteTextSchema, paperIdSchema, reviewerNameSchema } from "@/lib/reviews/input";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { isCachedPaper, readPaperState } from "@/lib/reviews/paper-state";
import { notFound } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const postSchema = z.object({ paperId: paperIdSchema, reviewer: reviewerNameSchema, text: noteTextSchema }).strict();

/** Writes `reviewer`'s note on a paper: { paperId, mark, notes }. */
export const POST = writeRoute(async (req: Request) => {
  const { paperId, reviewer, text } = await readJsonBody(req, postSchema);
  const db = getDb();
  if (!isCachedPaper(db, paperId)) throw notFound(`paper ${paperId} in the cache`);
  putPaperNote(db, paperId, reviewer, text);
  return readPaperState(db, paperId);
});
