import { describe, expect, it } from "vitest";
import { loadScheduleConfig, nextScheduledRun } from "./schedule";

describe("daily refresh schedule", () => {
  it("runs at the configured UTC hour, today if still ahead, else tomorrow", () => {
    expect(nextScheduledRun(new Date("2026-11-27T03:59:00Z"), 4).toISOString()).toBe("2026-11-27T04:00:00.000Z");
    expect(nextScheduledRun(new Date("2026-11-27T04:00:00Z"), 4).toISOString()).toBe("2026-11-28T04:00:00.000Z");
    expect(nextScheduledRun(new Date("2026-12-31T23:30:00Z"), 0).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });

  it("is on by default, off when RADAR_SCHEDULE=off, and refuses a bad hour", () => {
    expect(loadScheduleConfig({})).toEqual({ enabled: true, hourUtc: 4 });
    expect(loadScheduleConfig({ RADAR_SCHEDULE: "off" }).enabled).toBe(false);
    expect(() => loadScheduleConfig({ RADAR_SCHEDULE_HOUR_UTC: "24" })).toThrow();
  });
});
