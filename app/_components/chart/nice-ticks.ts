// Axis ticks people can read at a glance.
/**
 * Round axis ticks from 0 to at least `max`: steps of 1, 2, 2.5 or 5 times a power of ten,
 * about `count` of them, so the axis reads 0, 100, 200… rather than 0, 95, 190….
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(+v.toFixed(10));
  return ticks;
}
