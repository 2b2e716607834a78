// Runs before every route, page and static file: refuses what no route should see (unknown
// methods, undecodable paths, cross-site or non-JSON or oversized writes) and puts the security
// headers on every answer. The rules are in lib/security; a route added later is covered too.
import { NextResponse, type NextRequest } from "next/server";
import { refuseRequest } from "./lib/security/request-guard";
import { newNonce, securityHeaders } from "./lib/security/headers";
import { configuredPublicOrigin } from "./lib/http/public-url";
import { RENDER_HEADER, renderSecret, serverAddress } from "./lib/http/self-address";

function publicUrl(): URL | null {
  try {
    const origin = configuredPublicOrigin();
    return origin ? new URL(origin) : null;
  } catch {
    return null; // refused at start-up (instrumentation.ts); never a 500 per request
  }
}

/**
 * A plain load of "/" (not a client navigation, not the server's own render request) is served
 * from the page cache (app/cached-overview/route.ts), once the server knows its own address.
 */
function servesFromPageCache(request: NextRequest): boolean {
  return (
    request.method === "GET" &&
    request.nextUrl.pathname === "/" &&
    request.nextUrl.search === "" &&
    !request.headers.has("rsc") &&
    !request.headers.has("next-router-prefetch") &&
    request.headers.get(RENDER_HEADER) !== renderSecret() &&
    serverAddress() !== null
  );
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, { dev: process.env.NODE_ENV === "development" });
  const refusal = refuseRequest(request, publicUrl());
  if (refusal) {
    const res = NextResponse.json({ error: refusal.error }, { status: refusal.status, headers: refusal.headers });
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    // A refused body is never read: close the connection rather than drain it.
    if (refusal.status === 413) res.headers.set("Connection", "close");
    return res;
  }
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  requestHeaders.set("x-nonce", nonce);
  const res = servesFromPageCache(request)
    ? NextResponse.rewrite(new URL("/cached-overview", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}
