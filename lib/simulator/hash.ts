// Deterministic integer hashing for the simulator: every simulated fact (does a paper exist
// this month, when was it submitted, how many versions) is a pure function of its inputs.

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a few integers, order-sensitive. */
export function hashInts(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = mix32(h ^ Math.imul(p | 0, 0x27d4eb2d) ^ (h >>> 7));
  return h;
}

/** A number in [0, 1) from a few integers. */
export function unitHash(...parts: number[]): number {
  return hashInts(...parts) / 0x1_0000_0000;
}

/** FNV-1a over UTF-16 code units: stable ids for strings such as category names. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Seeded, so a fault rate with a seed fails the same requests every run. */
export { seededRandom } from "../random/seeded-random";
