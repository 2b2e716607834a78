// How many papers the simulated arXiv publishes: the harvest scope, its monthly total over the
// years, and how that total splits by primary category. Pure data and curves; model.ts turns
// them into virtual papers.

/** Every cs category by name (cs.NA and cs.SY are aliases of math.NA and eess.SY on arXiv). */
export const CS_CATEGORIES = [
  "cs.AI", "cs.AR", "cs.CC", "cs.CE", "cs.CG", "cs.CL", "cs.CR", "cs.CV", "cs.CY", "cs.DB",
  "cs.DC", "cs.DL", "cs.DM", "cs.DS", "cs.ET", "cs.FL", "cs.GL", "cs.GR", "cs.GT", "cs.HC",
  "cs.IR", "cs.IT", "cs.LG", "cs.LO", "cs.MA", "cs.MM", "cs.MS", "cs.NA", "cs.NE", "cs.NI",
  "cs.OH", "cs.OS", "cs.PF", "cs.PL", "cs.RO", "cs.SC", "cs.SD", "cs.SE", "cs.SI", "cs.SY",
] as const;

/** The harvest scope whose magnitudes the simulator reproduces: all of cs plus a few neighbours. */
export const HARVEST_SCOPE: readonly string[] = [...CS_CATEGORIES, "stat.ML", "q-bio.BM", "q-bio.QM", "eess.AS", "eess.IV"];

/**
 * New papers a month with at least one category in HARVEST_SCOPE (cross-lists included), at
 * SIM_SCALE=1: a floor plus a logistic, fitted to roughly 2,400 in 2015, 5,000 in 2018, 12,000
 * in 2022 and 15,000 in 2025-26 (approximate public arXiv figures for cs and its neighbours).
 */
export function scopeMonthlyTarget(year: number): number {
  return 1500 + 14_500 / (1 + Math.exp(-0.535 * (year - 2020.64)));
}

/**
 * Share of each category among the scope's *primary* categories in 2025, with its extra yearly
 * growth (log scale) relative to the whole, so cs.CL and cs.AI rise and cs.IT or cs.DS fall in
 * share over the years. APPROXIMATE: read off arXiv's public yearly submission statistics and
 * listing sizes (arxiv.org/stats, the per-category "new" listings) in round numbers, not exact
 * counts. Shares need not sum to 100 (they are normalised), and a category no corpus paper
 * carries cannot be simulated (its share is spread over the others by that normalisation).
 */
export const PRIMARY_SHARES: Readonly<Record<string, readonly [percent: number, growthPerYear: number]>> = {
  "cs.LG": [25, 0.05],
  "cs.CV": [20, -0.01],
  "cs.CL": [12, 0.1],
  "cs.AI": [10, 0.12],
  "cs.RO": [4.5, 0.06],
  "cs.CR": [3.5, 0.04],
  "cs.SE": [2.5, 0.04],
  "cs.HC": [2.2, 0.03],
  "cs.IR": [1.8, 0.02],
  "cs.DC": [1.5, -0.03],
  "cs.IT": [1.5, -0.12],
  "cs.CY": [1.2, 0.04],
  "cs.DS": [1.2, -0.08],
  "stat.ML": [1.2, -0.06],
  "eess.IV": [1.2, 0],
  "cs.NE": [1.0, -0.02],
  "cs.NI": [1.0, -0.06],
  "cs.SD": [0.9, 0.02],
  "eess.AS": [0.9, 0.02],
  "cs.LO": [0.8, -0.08],
  "cs.GR": [0.6, 0.02],
  "cs.SI": [0.6, -0.04],
  "cs.GT": [0.6, -0.02],
  "cs.DB": [0.6, -0.02],
  "cs.MA": [0.5, 0.06],
  "cs.PL": [0.5, -0.04],
  "cs.AR": [0.5, 0.02],
  "q-bio.BM": [0.5, 0.06],
  "q-bio.QM": [0.5, 0],
  "cs.CC": [0.4, -0.08],
  "cs.CE": [0.4, 0],
  "cs.MM": [0.4, -0.02],
  "cs.CG": [0.3, -0.06],
  "cs.DM": [0.3, -0.06],
  "cs.FL": [0.2, -0.06],
  "cs.ET": [0.2, 0],
  "cs.DL": [0.2, -0.04],
  "cs.PF": [0.1, -0.04],
  "cs.SC": [0.1, -0.04],
  "cs.MS": [0.1, -0.02],
  "cs.OS": [0.05, 0],
  "cs.OH": [0.05, 0],
};

/**
 * The rest of arXiv is only sketched: a corpus paper whose primary category is outside the
 * table gets this share (in the table's percent units) for itself, about 2 copies a month in
 * 2025. Such papers count towards the scope only when cross-listed into it.
 */
export const OTHER_SHARE_PER_PAPER = 0.015;
