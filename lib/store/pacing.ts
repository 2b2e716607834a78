// arXiv's pace for every process on this store: the CLI sync and the server each have their
// own request queue, but take their turns through one record here, so two processes never
// start requests closer than the interval (arXiv's terms count all of a user's machines).
import "server-only";
import type { Db } from "./db";
import type { StartGate } from "../arxiv/queue";
import { realSleep, type Sleep } from "../arxiv/queue";

/** Claims the next start for `origin` when it is due; else says how long to wait. */
export function claimArxivTurn(db: Db, origin: string, intervalMs: number, nowMs: number): number {
  return db
    .transaction(() => {
      const next = (db.prepare("SELECT next_start_ms FROM arxiv_pacing WHERE origin = ?").pluck().get(origin) as number | undefined) ?? 0;
      if (nowMs < next) return next - nowMs;
      db.prepare(
        `INSERT INTO arxiv_pacing (origin, next_start_ms) VALUES (?, ?)
         ON CONFLICT (origin) DO UPDATE SET next_start_ms = excluded.next_start_ms`,
      ).run(origin, nowMs + intervalMs);
      return 0;
    })
    .immediate();
}

export function holdOffArxiv(db: Db, origin: string, untilMs: number): void {
  db.prepare(
    `INSERT INTO arxiv_pacing (origin, next_start_ms) VALUES (?, ?)
     ON CONFLICT (origin) DO UPDATE SET next_start_ms = MAX(next_start_ms, excluded.next_start_ms)`,
  ).run(origin, untilMs);
}

export function storeStartGate(db: Db, apiUrl: string, clock: () => number = Date.now, sleep: Sleep = realSleep): StartGate {
  const origin = new URL(apiUrl).origin;
  return {
    async waitTurn(intervalMs) {
      for (let wait = claimArxivTurn(db, origin, intervalMs, clock()); wait > 0; wait = claimArxivTurn(db, origin, intervalMs, clock())) {
        await sleep(wait);
      }
    },
    holdOff(ms) {
      holdOffArxiv(db, origin, clock() + ms);
    },
    started(atMs, intervalMs) {
      holdOffArxiv(db, origin, atMs + intervalMs);
    },
  };
}
