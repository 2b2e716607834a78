// A seeded random generator for everything that must come out the same on every run: the
// simulator's faults, the ranking model's shuffles, the query judgement samples.

/** mulberry32: small, fast and good enough for reproducible shuffles and fault draws. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}
