// What changed in the team's marks and notes since a cursor: open reviews poll this instead of
// downloading the review again. An idle answer is a few dozen bytes.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { readChangesSince } from "@/lib/store";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const schema = z.object({ since: z.coerce.number().int().min(0) }).strict();

/** { cursor, changes: [{ paperId, mark, notes }], more } */
export const GET = jsonRoute((req: Request) => {
  const { since } = parseSearchParams(schema, new URL(req.url).searchParams);
  return readChangesSince(getDb(), since);
});
