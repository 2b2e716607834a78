// When a cached number is good enough and when it must be asked again. Pure.
import { z } from "zod";

export interface RefreshPolicy {
  /** The running month (and a closed month not yet settled) is listed again when its last listing is older than this. */
  maxAgeMs: number;
  /**
   * A month is final once listed this long after it ended: papers submitted on the last days
   * appear in the API only when announced, a few working days later. Every refresh reaches
   * back this far behind what was already complete.
   */
  settleMs: number;
}

const envSchema = z.object({
  SYNC_MAX_AGE_HOURS: z.coerce.number().positive().default(24),
  SYNC_SETTLE_DAYS: z.coerce.number().min(0).default(7),
});

export function loadRefreshPolicy(env: Record<string, string | undefined> = process.env): RefreshPolicy {
  const e = envSchema.parse(env);
  return {
    maxAgeMs: e.SYNC_MAX_AGE_HOURS * 3_600_000,
    settleMs: e.SYNC_SETTLE_DAYS * 86_400_000,
  };
}
