import { getDb } from "@/lib/store/server";
import { loadArxivConfig, isSimulatedArxiv } from "@/lib/arxiv/config";
import { jsonRoute } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  const db = getDb();
  db.prepare("SELECT 1").get();
  const arxiv = loadArxivConfig();
  return { ok: true, store: "ok", arxiv: { apiUrl: arxiv.apiUrl, simulated: isSimulatedArxiv(arxiv) } };
});
