// The shared write token. When RADAR_TOKEN is set, every request that changes the store must
// carry it; reads stay open. One token for the team: this guards a small shared server against
// passers-by, it is not a user system.
import { createHash, timingSafeEqual } from "node:crypto";

/** The configured token, read at each call so a restart is not needed in tests; null when unset. */
export function configuredRadarToken(env: Record<string, string | undefined> = process.env): string | null {
  const t = env.RADAR_TOKEN?.trim();
  return t ? t : null;
}

/** The token a request presents: `Authorization: Bearer <token>` or `X-Radar-Token: <token>`. */
export function presentedToken(headers: Headers): string | null {
  const auth = headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1]!.trim();
  }
  const header = headers.get("x-radar-token")?.trim();
  return header ? header : null;
}

/**
 * Compares in constant time. Hashing both sides first gives equal lengths, so neither the
 * content nor the length of the expected token leaks through timing.
 */
export function tokensMatch(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export type WriteAccess = { ok: true } | { ok: false; reason: string };

/** Whether a request may write: always when no token is configured. */
export function checkWriteAccess(headers: Headers, env: Record<string, string | undefined> = process.env): WriteAccess {
  const expected = configuredRadarToken(env);
  if (expected === null) return { ok: true };
  const presented = presentedToken(headers);
  if (presented === null) {
    return { ok: false, reason: "this server needs the team token for changes: send Authorization: Bearer <token> or X-Radar-Token" };
  }
  return tokensMatch(presented, expected) ? { ok: true } : { ok: false, reason: "the token is not this server's team token" };
}
