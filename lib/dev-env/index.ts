// The local harness's settings, read from the environment here only: the ports, folders and
// programs that Playwright, the e2e specs, `npm run demo` and the benchmarks share, the one way
// they start the built server, and how a benchmark result names its run. Not for the app itself
// (no route or page imports this).
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 8181);
export const E2E_DIR = path.resolve(process.env.E2E_DIR ?? ".tmp/e2e");
export const E2E_DB = path.join(E2E_DIR, "radar.db");

/** Next's build folder: NEXT_DIST_DIR lets two checkouts build and test side by side. */
export const NEXT_DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

export function nextBuildExists(): boolean {
  return fs.existsSync(path.join(NEXT_DIST_DIR, "BUILD_ID"));
}

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

/** `next start` of the existing build on 127.0.0.1:port; `env` is added to this process's. */
export function startBuiltServer(
  port: number,
  env: Record<string, string>,
  options: Pick<SpawnOptions, "stdio" | "detached"> = {},
): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    ...options,
    env: { ...process.env, ...env },
  });
}

/** Resolves once `url` answers 200 (a server's health route); throws after about a minute. */
export async function waitForOk(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ok = await new Promise<boolean>((resolve) =>
      http.get(url, (r) => (r.resume(), resolve(r.statusCode === 200))).on("error", () => resolve(false)),
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** What every benchmark result records about its run: when, on which node, on what machine. */
export function benchRunInfo(): { at: string; node: string; machine: string } {
  return { at: new Date().toISOString(), node: process.version, machine: "2 cores, shared with other work while measured" };
}
