import { getDb } from "@/lib/store/server";
import { arxivSource } from "@/lib/arxiv/config";
import { jsonRoute } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  getDb().prepare("SELECT 1").get();
  return { ok: true, store: "ok", arxiv: arxivSource() };
});
