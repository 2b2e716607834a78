import { SyncAlreadyRunningError } from "@/lib/store";
import { startBackgroundSync } from "@/lib/sync/service";
import { readSyncStatusResponse } from "@/app/_server/sync-status";
import { syncRequestSchema, SyncOptionsError } from "@/lib/sync/options";
import { ApiError, jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => readSyncStatusResponse());

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
