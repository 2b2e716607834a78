// A clock for tests of paced code: time moves only when someone sleeps, so a test of
// three-second spacing runs in microseconds and is exact.
import type { Clock, Sleep } from "./queue";

export interface VirtualClock {
  now: Clock;
  sleep: Sleep;
}

export function virtualClock(startMs = 1_000_000): VirtualClock {
  let t = startMs;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += Math.max(0, ms);
    },
  };
}
