import { getDb } from "@/lib/store/server";
import { SyncAlreadyRunningError } from "@/lib/store";
import { readSyncStatus } from "@/lib/sync/status";
import { scheduleInfo, startBackgroundSync } from "@/lib/sync/service";
import { syncRequestSchema, SyncOptionsError } from "@/lib/sync/options";
import { loadArxivConfig, isSimulatedArxiv } from "@/lib/arxiv/config";
import { ApiError, jsonRoute } from "@/lib/http/api-error";
import { writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  const arxiv = loadArxivConfig();
  return {
    ...readSyncStatus(getDb()),
    arxiv: { apiUrl: arxiv.apiUrl, simulated: isSimulatedArxiv(arxiv) },
    schedule: scheduleInfo(),
  };
});

export const POST = writeRoute(async (req: Request) => {
  const text = await req.text();
  let body: unknown = {};
  if (text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(400, "the request body must be JSON");
    }
  }
  const parsed = syncRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(400, `invalid sync request: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  try {
    const run = startBackgroundSync(parsed.data, "web");
    return Response.json({ run }, { status: 202 });
  } catch (e) {
    if (e instanceof SyncAlreadyRunningError) throw new ApiError(409, e.message);
    if (e instanceof SyncOptionsError) throw new ApiError(400, e.message);
    throw e;
  }
});
