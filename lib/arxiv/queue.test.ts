import { describe, expect, it, vi } from "vitest";
import { RequestQueue, getArxivRequestQueue } from "./queue";
import { virtualClock } from "./virtual-clock";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("RequestQueue", () => {
  it("never starts two requests closer than the interval, never two at once", async () => {
    const clock = virtualClock();
    const queue = new RequestQueue({ minIntervalMs: 3000, ...clock });
    const starts: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const task = (durationMs: number) => async () => {
      starts.push(clock.now());
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await tick();
      await clock.sleep(durationMs);
      await tick();
      inFlight--;
      return durationMs;
    };
    const results = await Promise.all([task(10), task(5000), task(10), task(0), task(2999)].map((t) => queue.run(t)));
    expect(results).toEqual([10, 5000, 10, 0, 2999]);
    expect(maxInFlight).toBe(1);
    const gaps = starts.slice(1).map((s, i) => s - starts[i]!);
    // The 5000 ms task ran past the interval, so the next one starts as soon as it ends.
    expect(gaps).toEqual([3000, 5000, 3000, 3000]);
  });

  it("waits out the interval since the last start before a late request", async () => {
    const clock = virtualClock();
    const queue = new RequestQueue({ minIntervalMs: 3000, ...clock });
    const first = clock.now();
    await queue.run(async () => undefined);
    await clock.sleep(1000);
    const second = await queue.run(async () => clock.now());
    expect(second - first).toBe(3000);
  });

  it("keeps going after a task fails, and hands the failure to its caller", async () => {
    const clock = virtualClock();
    const queue = new RequestQueue({ minIntervalMs: 3000, ...clock });
    const failed = queue.run(async () => {
      throw new Error("boom");
    });
    const next = queue.run(async () => "ok");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ok");
    expect(queue.size).toBe(0);
  });

  it("holds every later start back after holdOff", async () => {
    const clock = virtualClock();
    const queue = new RequestQueue({ minIntervalMs: 3000, ...clock });
    const t0 = await queue.run(async () => clock.now());
    queue.holdOff(20_000);
    const t1 = await queue.run(async () => clock.now());
    expect(t1 - t0).toBe(20_000);
  });

  it("spaces starts in real time too", async () => {
    const queue = new RequestQueue({ minIntervalMs: 25 });
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => queue.run(async () => void starts.push(performance.now()))));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(23);
  });
});

describe("getArxivRequestQueue", () => {
  it("shares one queue per host across module instances", async () => {
    const config = { apiUrl: "http://127.0.0.1:4999/api/query", minIntervalMs: 0 };
    const a = getArxivRequestQueue(config);
    vi.resetModules();
    const fresh = await import("./queue");
    expect(fresh.getArxivRequestQueue).not.toBe(getArxivRequestQueue);
    expect(fresh.getArxivRequestQueue({ ...config, apiUrl: "http://127.0.0.1:4999/other" })).toBe(a);
    expect(getArxivRequestQueue({ apiUrl: "http://127.0.0.1:4998/api/query", minIntervalMs: 0 })).not.toBe(a);
  });

  it("never loosens the interval", () => {
    const apiUrl = "http://127.0.0.1:4997/api/query";
    getArxivRequestQueue({ apiUrl, minIntervalMs: 3000 });
    expect(getArxivRequestQueue({ apiUrl, minIntervalMs: 0 }).intervalMs).toBe(3000);
  });
});
