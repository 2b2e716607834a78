// Route handlers that change the store: where the request comes from and the token are checked
// before anything else (before the body is read or the parameters resolved), then the handler
// runs like any jsonRoute. proxy.ts applies the same origin and media-type rules to every
// write before routing; they are repeated here so a handler is safe on its own.
import { jsonRoute } from "../http/api-error";
import { crossSiteRefusal, mediaTypeRefusal, ownHosts } from "../security/request-guard";
import { configuredPublicOrigin } from "../http/public-url";
import { checkWriteAccess, presentedToken } from "./token";
import { clientAddress } from "../security/client-address";
import { tokenFailureLimiter } from "./failure-limit";

/** A 401 with a JSON `error`, and the header that tells clients which scheme to use. */
export function unauthorized(reason: string): Response {
  return Response.json(
    { error: reason },
    { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="roadmap-radar"' } },
  );
}

function publicUrl(): URL | null {
  try {
    const origin = configuredPublicOrigin();
    return origin ? new URL(origin) : null;
  } catch {
    return null;
  }
}

export function writeRoute<A extends unknown[]>(
  handler: (req: Request, ...rest: A) => Promise<unknown> | unknown,
): (req: Request, ...rest: A) => Promise<Response> {
  const inner = jsonRoute(handler);
  return async (req: Request, ...rest: A) => {
    const refusal = crossSiteRefusal(req.headers, ownHosts(req.headers, publicUrl())) ?? mediaTypeRefusal(req.headers);
    if (refusal) return Response.json({ error: refusal.error }, { status: refusal.status });
    const limiter = tokenFailureLimiter();
    const client = clientAddress(req.headers);
    const wait = limiter.retryAfterSeconds(client);
    if (wait > 0) {
      return Response.json(
        { error: `too many wrong tokens from this address: try again in ${wait} s` },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    }
    const access = checkWriteAccess(req.headers);
    if (!access.ok) {
      // A missing token is a client that has not asked for one yet; a wrong one is a guess.
      if (presentedToken(req.headers) !== null) limiter.recordFailure(client);
      return unauthorized(access.reason);
    }
    return inner(req, ...rest);
  };
}
