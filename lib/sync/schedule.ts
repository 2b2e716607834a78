// The running server refreshes on its own once a day, so people monitoring topics never have
// to remember to press a button. RADAR_SCHEDULE=off turns it off (tests, read-only mirrors).
import { z } from "zod";

export interface ScheduleConfig {
  enabled: boolean;
  /** Hour of the day, in UTC, at which the daily refresh starts. */
  hourUtc: number;
}

const envSchema = z.object({
  RADAR_SCHEDULE: z.enum(["daily", "off"], { error: "RADAR_SCHEDULE must be daily or off" }).default("daily"),
  RADAR_SCHEDULE_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(4),
});

export function loadScheduleConfig(env: Record<string, string | undefined> = process.env): ScheduleConfig {
  const e = envSchema.parse({
    RADAR_SCHEDULE: env.RADAR_SCHEDULE || undefined,
    RADAR_SCHEDULE_HOUR_UTC: env.RADAR_SCHEDULE_HOUR_UTC || undefined,
  });
  return { enabled: e.RADAR_SCHEDULE === "daily", hourUtc: e.RADAR_SCHEDULE_HOUR_UTC };
}

/** The next time strictly after `now` at which the daily refresh is due. */
export function nextScheduledRun(now: Date, hourUtc: number): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
