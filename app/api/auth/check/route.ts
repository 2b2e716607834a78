// Verifies the token a client holds, with the same headers every write sends: 200 or 401.
import { configuredRadarToken, writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

export const POST = writeRoute(() => ({ ok: true, required: configuredRadarToken() !== null }));
