// TRACE, TRACK and CONNECT cannot even reach proxy.ts: Next builds a fetch Request for every
// request, and the fetch standard forbids those methods, so Next answered them with a 500.
// They are answered 405 at the Node HTTP server, before Next sees them (installed once from
// instrumentation.ts).
import http from "node:http";
import { ALLOWED_METHODS } from "./request-guard";
import { noteServerAddress } from "../http/self-address";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { markOverviewDocumentLoad } from "../http/overview-page";

/** Methods the fetch standard refuses to construct (case-insensitively). */
const FETCH_FORBIDDEN = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Answers a request whose method Next cannot handle; true when it did. */
export function answerUnsupportedMethod(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!FETCH_FORBIDDEN.has((req.method ?? "").toUpperCase())) return false;
  res.writeHead(405, {
    "Content-Type": "application/json",
    Allow: ALLOWED_METHODS.join(", "),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    Connection: "close",
  });
  res.end(JSON.stringify({ error: `method ${String(req.method).slice(0, 20)} is not allowed` }));
  return true;
}

const state = globalThis as unknown as { __radarMethodGuard?: boolean };

/**
 * Puts the check in front of every HTTP server of this process (Next's included), and notes
 * the address the server answers on (for its requests to itself, lib/http/self-address.ts) and
 * the peer's address for the wrong-token limit (lib/auth/failure-limit.ts).
 */
export function installUnsupportedMethodGuard(): void {
  if (state.__radarMethodGuard) return;
  state.__radarMethodGuard = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      if (answerUnsupportedMethod(req, args[1] as http.ServerResponse)) return true;
      noteServerAddress(req.socket);
      // The peer's address as the socket says it, overwriting anything a client sent under that
      // name (Next only adds X-Forwarded-For when the client did not send one).
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
      markOverviewDocumentLoad(req);
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}
