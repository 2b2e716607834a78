// The address this server answers on, as seen on the socket of a request it received: what the
// page cache (lib/http/page-cache.ts) uses to ask the server for a fresh render of a page.
import { randomBytes } from "node:crypto";
import type { Socket } from "node:net";

const state = globalThis as unknown as { __radarSelf?: string; __radarRenderSecret?: string };

/** Called for each request the HTTP server receives (see lib/security/http-methods.ts). */
export function noteServerAddress(socket: Socket | undefined): void {
  if (state.__radarSelf || !socket?.localAddress || !socket.localPort) return;
  const address = socket.localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  const host = address.includes(":") ? `[${address}]` : address;
  state.__radarSelf = `http://${host}:${socket.localPort}`;
}

/** The server's own base URL, once a request has been received; null before. */
export function serverAddress(): string | null {
  return state.__radarSelf ?? null;
}

/** A per-process secret that marks the server's requests to itself (they bypass the cache). */
export const RENDER_HEADER = "x-radar-page-render";
export function renderSecret(): string {
  return (state.__radarRenderSecret ??= randomBytes(18).toString("base64url"));
}
