import { getDb } from "@/lib/store/server";
import { readAudit } from "@/lib/audit/read";
import { loadTolerance } from "@/lib/audit/agreement";
import { jsonRoute } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

/** `GET /api/audit`: arXiv's totals beside the index's counts, per month (whole scope) and per topic. */
export const GET = jsonRoute(async () => readAudit(getDb(), loadTolerance()));
