import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "./db";
import { claimArxivTurn, storeStartGate } from "./pacing";
import { RequestQueue } from "../arxiv/queue";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function twoConnections(): [Db, Db] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-pacing-"));
  dirs.push(dir);
  const file = path.join(dir, "radar.db");
  return [openDb(file), openDb(file)];
}

describe("pacing shared through the store", () => {
  it("makes a second process wait for the first one's interval", () => {
    const [a, b] = twoConnections();
    expect(claimArxivTurn(a, "https://export.arxiv.org", 3000, 1_000_000)).toBe(0);
    expect(claimArxivTurn(b, "https://export.arxiv.org", 3000, 1_001_000)).toBe(2000);
    expect(claimArxivTurn(b, "http://127.0.0.1:8181", 3000, 1_001_000)).toBe(0); // another host
    expect(claimArxivTurn(b, "https://export.arxiv.org", 3000, 1_003_000)).toBe(0);
  });

  it("never lets two queues on one store start requests closer than the interval", async () => {
    const [a, b] = twoConnections();
    const interval = 60;
    const starts: number[] = [];
    const queues = [a, b].map((db) => {
      const q = new RequestQueue({ minIntervalMs: interval });
      q.setGate(storeStartGate(db, "http://127.0.0.1:9/api/query"));
      return q;
    });
    await Promise.all(
      queues.flatMap((q) => Array.from({ length: 5 }, () => q.run(async () => void starts.push(Date.now())))),
    );
    starts.sort((x, y) => x - y);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(starts).toHaveLength(10);
    // Timer slack of a few ms aside, every gap is at least the interval (without the shared
    // record the two queues would start side by side, gaps near 0).
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval - 5);
  });

  it("holds every process back after a 429", () => {
    const [a, b] = twoConnections();
    const gate = storeStartGate(a, "https://export.arxiv.org/api/query", () => 5_000);
    gate.holdOff(30_000);
    expect(claimArxivTurn(b, "https://export.arxiv.org", 3000, 6_000)).toBe(29_000);
  });
});
