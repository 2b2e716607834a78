// Every roadmap topic's recent monthly counts in one response, so the overview is one request.
import { getDb } from "@/lib/store/server";
import { jsonRoute } from "@/lib/http/api-error";
import { readOverview } from "@/lib/topics/overview";

export const dynamic = "force-dynamic";

// Computed once per store generation (a sync's writes), not per request.
export const GET = jsonRoute(() => readOverview(getDb(), new Date()));
