import { getDb } from "@/lib/store/server";
import { loadArxivConfig, isSimulatedArxiv } from "@/lib/arxiv/config";
import { jsonRoute } from "@/lib/http/api-error";
import { simulatorScale } from "@/app/_server/sync-status";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  const db = getDb();
  db.prepare("SELECT 1").get();
  const arxiv = loadArxivConfig();
  const simulated = isSimulatedArxiv(arxiv);
  return { ok: true, store: "ok", arxiv: { apiUrl: arxiv.apiUrl, simulated, simulatorScale: simulated ? simulatorScale() : null } };
});
