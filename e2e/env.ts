// Ports and paths shared by the Playwright config, the server script and the specs.
import fs from "node:fs";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 8181);
export const E2E_DIR = path.resolve(process.env.E2E_DIR ?? ".tmp/e2e");
export const E2E_DB = path.join(E2E_DIR, "radar.db");

/**
 * CHROME_PATH when set (Debian's chromium in CI); otherwise Playwright's own browser if one
 * is installed; otherwise /usr/bin/chromium when present.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(process.env.HOME ?? "/root", ".cache/ms-playwright");
  const hasOwn = fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith("chromium"));
  if (hasOwn) return undefined;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** `next` run by this node directly (not through npx), so that killing it stops the server. */
export const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
