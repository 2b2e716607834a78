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

export interface HarvestSettings {
  /** Entries per listing request: arXiv's maximum, 2,000, so a month costs as few requests as possible. */
  pageSize: number;
  /** A slice whose totalResults exceeds this is split in two, far below arXiv's 30,000 per query. */
  maxSliceResults: number;
}

const harvestEnvSchema = z.object({
  HARVEST_PAGE_SIZE: z.coerce.number().int().min(1).max(2000).default(2000),
  HARVEST_MAX_SLICE: z.coerce.number().int().min(100).max(28_000).default(20_000),
});

export function loadHarvestSettings(env: Record<string, string | undefined> = process.env): HarvestSettings {
  const e = harvestEnvSchema.parse(env);
  return { pageSize: e.HARVEST_PAGE_SIZE, maxSliceResults: e.HARVEST_MAX_SLICE };
}
