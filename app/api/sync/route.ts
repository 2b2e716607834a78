import { SyncAlreadyRunningError } from "@/lib/store";
import { startBackgroundSync } from "@/lib/sync/service";
import { getDb } from "@/lib/store/server";
import { readSyncStatus } from "@/lib/sync/status";
import { syncRequestSchema, SyncOptionsError } from "@/lib/sync/options";
import { ApiError, jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => readSyncStatus(getDb()));

export const POST = writeRoute(async (req: Request) => {
  const request = await readJsonBody(req, syncRequestSchema);
  try {
    const run = startBackgroundSync(request, "web");
    return Response.json({ run }, { status: 202 });
  } catch (e) {
    if (e instanceof SyncAlreadyRunningError) throw new ApiError(409, e.message);
    if (e instanceof SyncOptionsError) throw new ApiError(400, e.message);
    throw e;
  }
});
