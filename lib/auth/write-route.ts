// Route handlers that change the store: the token check runs before anything else (before the
// body is read or the parameters resolved), then the handler runs like any jsonRoute.
import { jsonRoute } from "../http/api-error";
import { checkWriteAccess } from "./token";

/** A 401 with a JSON `error`, and the header that tells clients which scheme to use. */
export function unauthorized(reason: string): Response {
  return Response.json(
    { error: reason },
    { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="roadmap-radar"' } },
  );
}

export function writeRoute<A extends unknown[]>(
  handler: (req: Request, ...rest: A) => Promise<unknown> | unknown,
): (req: Request, ...rest: A) => Promise<Response> {
  const inner = jsonRoute(handler);
  return async (req: Request, ...rest: A) => {
    const access = checkWriteAccess(req.headers);
    if (!access.ok) return unauthorized(access.reason);
    return inner(req, ...rest);
  };
}
