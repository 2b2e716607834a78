// The team's reading marks. GET reads the marks and notes of some papers; POST sets or clears
// one paper's mark.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { setPaperMark } from "@/lib/store";
import { paperIdSchema, paperMarkSchema, reviewerNameSchema } from "@/lib/reviews/input";
import { jsonRoute, notFound, parseSearchParams } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { isCachedPaper, readPaperState, readPaperStates } from "@/lib/reviews/paper-state";

export const dynamic = "force-dynamic";

const MAX_IDS = 500;

const getSchema = z
  .object({
    ids: z
      .string()
      .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(paperIdSchema).min(1, "give at least one id").max(MAX_IDS, `at most ${MAX_IDS} ids`)),
  })
  .strict();

/** { papers: [{ paperId, mark, notes }] } in the order asked. */
export const GET = jsonRoute((req: Request) => {
  const { ids } = parseSearchParams(getSchema, new URL(req.url).searchParams);
  return { papers: readPaperStates(getDb(), ids) };
});

const postSchema = z.object({ paperId: paperIdSchema, mark: paperMarkSchema, reviewer: reviewerNameSchema }).strict();

/** Sets (or with mark: null clears) a paper's mark: { paperId, mark, notes }. */
export const POST = writeRoute(async (req: Request) => {
  const { paperId, mark, reviewer } = await readJsonBody(req, postSchema);
  const db = getDb();
  if (!isCachedPaper(db, paperId)) throw notFound(`paper ${paperId} in the cache`);
  setPaperMark(db, paperId, mark, reviewer);
  return readPaperState(db, paperId);
});
