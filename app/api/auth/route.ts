// Whether this server wants the team token for changes, so the UI knows to ask for it.
import { configuredRadarToken } from "@/lib/auth";
import { jsonRoute } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => ({ required: configuredRadarToken() !== null }));
