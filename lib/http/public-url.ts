// Where absolute links (feeds, exports) point: RADAR_PUBLIC_URL when set, else the host the
// request asked for when it looks like a host name, else nothing (the caller writes relative
// links). Never the address the server happens to listen on.

export class PublicUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PublicUrlError";
  }
}

/** RADAR_PUBLIC_URL as an origin ("https://radar.example.org"), or null when unset. */
export function configuredPublicOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.RADAR_PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PublicUrlError(`RADAR_PUBLIC_URL must be an absolute http(s) URL such as https://radar.example.org (got "${raw.slice(0, 100)}")`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new PublicUrlError("RADAR_PUBLIC_URL must start with https:// or http://");
  if (url.username || url.password) throw new PublicUrlError("RADAR_PUBLIC_URL must not hold a user name or password");
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    throw new PublicUrlError("RADAR_PUBLIC_URL must be an origin only (scheme, host and port; the app is served at the root)");
  }
  return url.origin;
}

// A DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port.
const SANE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin the request was addressed to (Host, or a proxy's X-Forwarded-Host/-Proto), when sane. */
export function requestOrigin(headers: Headers): string | null {
  const host = (headers.get("x-forwarded-host")?.split(",")[0] ?? headers.get("host"))?.trim();
  if (!host || host.length > 255 || !SANE_HOST.test(host)) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() ?? "http";
  if (proto !== "http" && proto !== "https") return null;
  return `${proto}://${host.toLowerCase()}`;
}

/** The origin to put before absolute paths; "" means "write relative links". */
export function publicOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  return configuredPublicOrigin(env) ?? requestOrigin(headers) ?? "";
}
