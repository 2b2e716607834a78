// One word for a topic's momentum, read from the momentum ratio alone so the UI can explain
// any label in one sentence ("last 3 months average 1.6x the 12 before").
import type { Metric } from "./metric";

export type MomentumLabel =
  | "surging"
  | "rising"
  | "steady"
  | "cooling"
  | "falling"
  /** No papers in the baseline year, some in the recent months. */
  | "new"
  /** No papers in the baseline year nor in the recent months. */
  | "inactive"
  | "insufficient data";

/**
 * Bounds on the momentum ratio. Symmetric on a log scale (1.5 and 1/1.5, 1.1 and 1/1.1), so a
 * topic shrinking as fast as another grows gets the mirrored label. For scale: steady growth of
 * +40% a year gives a ratio near 1.23 (rising), doubling every year near 1.54 (surging).
 */
export const MOMENTUM_THRESHOLDS = {
  /** ratio >= 1.5 */
  surging: 1.5,
  /** 1.1 <= ratio < 1.5 */
  rising: 1.1,
  /** 1/1.5 < ratio <= 1/1.1 is cooling; between that and 1.1 (exclusive) is steady */
  cooling: 1 / 1.1,
  /** ratio <= 1/1.5 */
  falling: 1 / 1.5,
} as const;

export interface LabelInputs {
  readonly momentumRatio: Metric;
  readonly recentMean: Metric;
}

export function momentumLabel({ momentumRatio, recentMean }: LabelInputs): MomentumLabel {
  const ratio = momentumRatio.value;
  if (ratio === null) {
    // A zero baseline is complete data, not missing data: say what it shows.
    if (momentumRatio.reason.kind === "zero-baseline" && recentMean.value !== null) {
      return recentMean.value > 0 ? "new" : "inactive";
    }
    return "insufficient data";
  }
  if (ratio >= MOMENTUM_THRESHOLDS.surging) return "surging";
  if (ratio >= MOMENTUM_THRESHOLDS.rising) return "rising";
  if (ratio > MOMENTUM_THRESHOLDS.cooling) return "steady";
  if (ratio > MOMENTUM_THRESHOLDS.falling) return "cooling";
  return "falling";
}
