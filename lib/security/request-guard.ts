// The rules every request meets before any route runs (applied in proxy.ts, so a route added
// later is covered too): known methods only, a path that decodes, and writes that come from
// this app's own pages, carry JSON and are small. Pure: the proxy and the tests share it.
import { MAX_BODY_BYTES } from "../http/json-body";

/** Methods some route answers; anything else (TRACE, CONNECT, PUT, made-up ones) is a 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"] as const;
export const WRITE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface Refusal {
  status: number;
  error: string;
  headers?: Record<string, string>;
}

/** Whether every segment of a raw (still encoded) path decodes: `%ff`, `%` and `%zz` do not. */
export function pathDecodes(rawPath: string): boolean {
  for (const segment of rawPath.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return false;
    }
  }
  return true;
}

/** The path part of a request URL exactly as sent (new URL() keeps invalid escapes as they are). */
export function rawPathname(url: string): string {
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  const end = afterScheme.search(/[?#]/);
  return end === -1 ? afterScheme : afterScheme.slice(0, end);
}

const sameHost = (origin: string, hosts: readonly string[]) => {
  try {
    return hosts.includes(new URL(origin).host.toLowerCase());
  } catch {
    return false;
  }
};

/**
 * The hosts this app answers as: the Host header (what the browser asked for, which a
 * cross-site page cannot set), any X-Forwarded-Host a proxy in front added, and the host of
 * RADAR_PUBLIC_URL.
 */
export function ownHosts(headers: Headers, publicUrl: URL | null): string[] {
  const hosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0], publicUrl?.host]
    .map((h) => h?.trim().toLowerCase())
    .filter((h): h is string => !!h);
  return [...new Set(hosts)];
}

/**
 * A browser says where a request comes from with Sec-Fetch-Site (modern browsers, every
 * request) and Origin (every POST/PATCH/DELETE): a write is refused unless both that are sent
 * say "this app". A request with neither comes from a script or curl, not from a web page, so
 * a foreign page cannot make a browser send it.
 */
export function crossSiteRefusal(headers: Headers, hosts: readonly string[]): Refusal | null {
  const site = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site && site !== "same-origin" && site !== "none") {
    return { status: 403, error: `cross-site write refused (Sec-Fetch-Site: ${site.slice(0, 20)}): changes are only accepted from this app's own pages` };
  }
  const origin = headers.get("origin")?.trim();
  if (origin !== undefined && origin !== null && !sameHost(origin, hosts)) {
    return { status: 403, error: "cross-origin write refused: the Origin is not this app's, changes are only accepted from its own pages" };
  }
  return null;
}

/** A body's media type must be JSON; a write without a body (a bare POST, a DELETE) needs none. */
export function mediaTypeRefusal(headers: Headers): Refusal | null {
  const type = headers.get("content-type");
  const length = headers.get("content-length");
  const hasBody = (length !== null && length.trim() !== "0") || headers.has("transfer-encoding");
  if (type === null && !hasBody) return null;
  const essence = (type ?? "").split(";")[0]!.trim().toLowerCase();
  if (essence === "application/json") return null;
  return { status: 415, error: `request bodies must be application/json${type ? ` (got ${essence.slice(0, 60) || "nothing"})` : ""}` };
}

/** A declared body larger than the limit is refused before a byte of it is read. */
export function bodySizeRefusal(headers: Headers, limit = MAX_BODY_BYTES): Refusal | null {
  const length = headers.get("content-length");
  if (length === null) return null;
  if (!/^\s*\d+\s*$/.test(length)) return { status: 400, error: "invalid Content-Length" };
  if (Number(length) > limit) return { status: 413, error: `the request body must be at most ${limit} bytes` };
  return null;
}

/** Every refusal that applies before routing, in order; null lets the request through. */
export function refuseRequest(req: { method: string; url: string; headers: Headers }, publicUrl: URL | null): Refusal | null {
  const method = req.method.toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, error: `method ${method.slice(0, 20)} is not allowed`, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  const path = rawPathname(req.url);
  if (!pathDecodes(path)) return { status: 400, error: "malformed percent-encoding in the path" };
  if (!WRITE_METHODS.has(method)) return null;
  // Only the JSON API changes anything: pages, feeds and files are read-only (the app has no
  // server actions), so a write to one is a 405 rather than a page rendered for it.
  if (!path.startsWith("/api/")) return { status: 405, error: `method ${method} is not allowed here: only the /api/ routes accept changes`, headers: { Allow: "GET, HEAD" } };
  return (
    crossSiteRefusal(req.headers, ownHosts(req.headers, publicUrl)) ??
    bodySizeRefusal(req.headers) ??
    mediaTypeRefusal(req.headers)
  );
}
