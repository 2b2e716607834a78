// Runs before every route, page and static file: refuses what no route should see (unknown
// methods, undecodable paths, cross-site or non-JSON or oversized writes) and puts the security
// headers on every answer. The rules are in lib/security; a route added later is covered too.
import { NextResponse, type NextRequest } from "next/server";
import { refuseRequest } from "./lib/security/request-guard";
import { newNonce, securityHeaders } from "./lib/security/headers";
import { configuredPublicOrigin } from "./lib/http/public-url";
import { cachedOverviewPage, isCacheableOverviewLoad } from "./lib/http/overview-page";

function publicUrl(): URL | null {
  try {
    const origin = configuredPublicOrigin();
    return origin ? new URL(origin) : null;
  } catch {
    return null; // refused at start-up (instrumentation.ts); never a 500 per request
  }
}

export async function proxy(request: NextRequest): Promise<Response> {
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
  // "/" changes only when the store does: answered from the page cache (lib/http/overview-page.ts).
  if (isCacheableOverviewLoad(request)) {
    const cached = await cachedOverviewPage(nonce);
    if (cached) {
      for (const [k, v] of Object.entries(headers)) cached.headers.set(k, v);
      return cached;
    }
  }
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  requestHeaders.set("x-nonce", nonce);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}
