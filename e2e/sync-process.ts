// Runs the sync CLI as a real process (one node process, so kill -9 hits the syncer itself).
import { spawn, type ChildProcess } from "node:child_process";

export interface SyncProcessOptions {
  db: string;
  apiUrl: string;
  args: string[];
  env?: Record<string, string>;
}

export function spawnSync(o: SyncProcessOptions): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/sync/cli.ts", ...o.args], {
    env: {
      ...process.env,
      RADAR_DB: o.db,
      ARXIV_API_URL: o.apiUrl,
      ARXIV_MIN_INTERVAL_MS: "100",
      ARXIV_RETRY_BASE_MS: "50",
      ARXIV_TIMEOUT_MS: "1500",
      ...o.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

export async function runSyncProcess(o: SyncProcessOptions) {
  return spawnSync(o).done;
}
