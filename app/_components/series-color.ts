// Series colours live in theme.css (--series-1 … --series-16, one set per theme); charts and
// swatches refer to them by variable so a theme switch recolours without re-rendering. A
// topic's colour index wraps round the 16.
export const SERIES_COLORS = 16;

export function seriesColor(index: number): string {
  return `var(--series-${(((index % SERIES_COLORS) + SERIES_COLORS) % SERIES_COLORS) + 1})`;
}
