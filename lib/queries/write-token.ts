// The team's write token in the browser (see lib/auth/token.ts): kept in localStorage once
// entered, sent as X-Radar-Token with every request that changes the store.
import { readStored, writeStored } from "./local-storage";

const KEY = "radar-token";

export function readWriteToken(): string | null {
  return readStored(KEY);
}

/** Without storage the token has to be entered again next time. */
export function saveWriteToken(token: string | null): void {
  writeStored(KEY, token);
}

export function writeHeaders(): Record<string, string> {
  const token = readWriteToken();
  return token ? { "X-Radar-Token": token } : {};
}
