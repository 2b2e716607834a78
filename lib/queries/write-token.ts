// The team's write token in the browser (see lib/auth/token.ts): kept in localStorage once
// entered, sent as X-Radar-Token with every request that changes the store.
const KEY = "radar-token";

export function readWriteToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveWriteToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // No storage: the token has to be entered again next time.
  }
}

export function writeHeaders(): Record<string, string> {
  const token = readWriteToken();
  return token ? { "X-Radar-Token": token } : {};
}
