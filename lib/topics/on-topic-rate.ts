// A topic's measured precision: the share of labelled papers readers found on-topic, with a
// 95% Wilson score interval (sensible at 0 or all on-topic, and for a handful of labels).

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

export interface OnTopicRate {
  /** on / labelled; null when nothing is labelled yet. */
  rate: number | null;
  low: number | null;
  high: number | null;
  labelled: number;
}

export function onTopicRate(on: number, off: number, z = Z_95): OnTopicRate {
  const n = on + off;
  if (n === 0) return { rate: null, low: null, high: null, labelled: 0 };
  const p = on / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n on-topic the bound is exactly 0 or 1 in theory; floating point lands a hair off.
  return {
    rate: p,
    low: on === 0 ? 0 : Math.max(0, centre - half),
    high: off === 0 ? 1 : Math.min(1, centre + half),
    labelled: n,
  };
}

const pct = (x: number) => Math.round(x * 100);

/** "82% on-topic, 71–90%, 54 labelled", or "not labelled yet". */
export function onTopicRateText(r: OnTopicRate): string {
  if (r.rate === null || r.low === null || r.high === null) return "not labelled yet";
  return `${pct(r.rate)}% on-topic, ${pct(r.low)}–${pct(r.high)}%, ${r.labelled} labelled`;
}
