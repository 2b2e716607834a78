// A topic's cached papers (current query version, newest first) as BibTeX or CSV.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { listTopicPapers } from "@/lib/store";
import { renderBibtex } from "@/lib/exports/bibtex";
import { renderPapersCsv } from "@/lib/exports/papers-csv";
import { bomParamSchema } from "@/lib/exports/csv";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { MEDIA_TYPES, downloadResponse } from "@/lib/http/download";
import { topicFromParams } from "../params";

export const dynamic = "force-dynamic";

const paramsSchema = z
  .object({
    format: z.enum(["bibtex", "csv"]),
    limit: z.coerce.number().int().min(1).max(5000).default(5000),
    bom: bomParamSchema.optional(),
  })
  .strict();

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const { format, limit, bom } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const papers = topic.queryVersion === null ? [] : listTopicPapers(db, topic.slug, topic.queryVersion, { limit });
  const date = new Date().toISOString().slice(0, 10);
  if (format === "bibtex") {
    const keywords = new Map(papers.map((p) => [p.id, [topic.slug]]));
    return downloadResponse(renderBibtex(papers, { keywords }), MEDIA_TYPES.bibtex, `${topic.slug}-${date}.bib`);
  }
  return downloadResponse(renderPapersCsv(papers.map((paper) => ({ paper })), { bom }), MEDIA_TYPES.csv, `${topic.slug}-${date}.csv`);
});
