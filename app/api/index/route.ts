import { getDb } from "@/lib/store/server";
import { loadScope } from "@/lib/index/scope";
import { readIndexStatus } from "@/lib/sync/index-status";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { countsParamsSchema } from "../topics/[slug]/params";

export const dynamic = "force-dynamic";

/** `GET /api/index?from=YYYY-MM&to=YYYY-MM`: the scope and, per month, what the index holds. */
export const GET = jsonRoute(async (req: Request) => {
  const { from, to } = parseSearchParams(countsParamsSchema, new URL(req.url).searchParams);
  return readIndexStatus(getDb(), loadScope(), from, to, new Date());
});
