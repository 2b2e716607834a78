// Who is asking: the client address the wrong-token limit (lib/auth/failure-limit.ts) counts
// per. The peer address comes from the socket through the HTTP server's hook (http-methods.ts).

/** Set by the HTTP server's hook (lib/security/http-methods.ts) from the socket, never by a client. */
export const PEER_ADDRESS_HEADER = "x-radar-peer-address";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client's address: the socket's peer; when that is a reverse proxy on this machine
 * (loopback), the last X-Forwarded-For entry, which that proxy added. A client can prepend
 * X-Forwarded-For entries, never replace the last one nor the socket's address. Without the
 * hook (tests), the last X-Forwarded-For entry.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (peer) return LOOPBACK.test(peer) && forwarded ? forwarded : peer;
  return forwarded ?? "unknown";
}
