// Failures on demand, the ones arXiv's API is known to produce (ARXIV notes: README, "What counts are counted", and lib/arxiv/errors.ts):
// a script consumed one per request, and/or a seeded random rate.
import { z } from "zod";
import { seededRandom } from "./hash";

export const FAULT_KINDS = ["429", "500", "503", "hang", "empty", "truncated", "empty-page", "short-page", "error-feed", "zero"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Drawn from when `rate` is set without `kinds`: the transient faults a client must retry. */
export const DEFAULT_RATE_KINDS: readonly FaultKind[] = ["429", "503", "empty", "truncated", "empty-page", "short-page"];

const faultKindSchema = z.enum(FAULT_KINDS);

export const faultConfigSchema = z
  .object({
    /** Consumed one per /api/query request, in order; "ok" lets one request through. */
    script: z.array(z.union([faultKindSchema, z.literal("ok")])).optional(),
    /** Probability that a request with no script step left fails. */
    rate: z.number().min(0).max(1).optional(),
    kinds: z.array(faultKindSchema).min(1).optional(),
    /** Seed of the generator behind `rate`, so a failing run repeats exactly. */
    seed: z.number().int().optional(),
  })
  .strict();

export type FaultConfig = z.infer<typeof faultConfigSchema>;

/**
 * SIM_FAULTS: either the JSON of a FaultConfig or a comma-separated script ("429,503,hang").
 * Throws a readable error for anything else, at start, rather than failing on some request later.
 */
export function parseFaultsEnv(value: string | undefined): FaultConfig {
  if (value === undefined || value.trim() === "") return {};
  const trimmed = value.trim();
  const raw: unknown = trimmed.startsWith("{") ? JSON.parse(trimmed) : { script: trimmed.split(",").map((s) => s.trim()) };
  const parsed = faultConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`SIM_FAULTS is not a fault config: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export interface FaultState {
  remainingScript: (FaultKind | "ok")[];
  rate: number;
  kinds: FaultKind[];
  seed: number;
}

/** Holds the current fault configuration of one simulator and decides each request's fate. */
export class FaultPlan {
  private script: (FaultKind | "ok")[] = [];
  private rate = 0;
  private kinds: FaultKind[] = [...DEFAULT_RATE_KINDS];
  private seed = 1;
  private random = seededRandom(1);

  constructor(config: FaultConfig = {}) {
    this.set(config);
  }

  /** Replaces the whole configuration (a POST is a full description, not a patch). */
  set(config: FaultConfig): void {
    this.script = [...(config.script ?? [])];
    this.rate = config.rate ?? 0;
    this.kinds = [...(config.kinds ?? DEFAULT_RATE_KINDS)];
    this.seed = config.seed ?? 1;
    this.random = seededRandom(this.seed);
  }

  clear(): void {
    this.set({});
  }

  /** The fault for the next request, or null for a normal answer. */
  next(): FaultKind | null {
    const step = this.script.shift();
    if (step !== undefined) return step === "ok" ? null : step;
    if (this.rate <= 0) return null;
    // Two draws per request whatever the outcome, so the sequence depends only on the count.
    const fails = this.random() < this.rate;
    const pick = this.kinds[Math.floor(this.random() * this.kinds.length)] ?? null;
    return fails ? pick : null;
  }

  state(): FaultState {
    return { remainingScript: [...this.script], rate: this.rate, kinds: [...this.kinds], seed: this.seed };
  }
}
