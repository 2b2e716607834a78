// "More like this": the papers of the recent months nearest to one paper (tf-idf cosine).
import { getDb } from "@/lib/store/server";
import { ApiError, jsonRoute, notFound } from "@/lib/http/api-error";
import { paperIdSchema } from "@/lib/reviews/input";
import { readSimilarPapers, SIMILAR_MONTHS } from "@/lib/reviews/ranking/store-ranking";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  // Next hands the segment over decoded already; decoding again would throw on a literal "%".
  const parsed = paperIdSchema.safeParse((await params).id);
  if (!parsed.success) throw new ApiError(400, `invalid paper id: ${parsed.error.issues[0]?.message ?? ""}`);
  const papers = readSimilarPapers(getDb(), parsed.data);
  if (papers === null) throw notFound(`paper ${parsed.data} in the cache`);
  return { paperId: parsed.data, months: SIMILAR_MONTHS, papers };
});
