// Series colours live in globals.css (--series-1 … --series-16, per theme); charts refer to
// them by variable so a theme switch recolours without re-rendering.
export const SERIES_COLORS = 16;

export function seriesColor(index: number): string {
  return `var(--series-${(((index % SERIES_COLORS) + SERIES_COLORS) % SERIES_COLORS) + 1})`;
}
