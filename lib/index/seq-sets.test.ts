import { describe, expect, it } from "vitest";
import { difference, fromUnsorted, intersect, union } from "./seq-sets";

const set = (...v: number[]) => fromUnsorted(v);
const arr = (s: Uint32Array) => [...s];

describe("sorted seq sets", () => {
  it("sorts and de-duplicates", () => {
    expect(arr(set(5, 1, 5, 3, 1))).toEqual([1, 3, 5]);
  });

  it("intersects, unites and subtracts like sets", () => {
    const a = set(1, 3, 5, 7, 9);
    const b = set(3, 4, 5, 10);
    expect(arr(intersect(a, b))).toEqual([3, 5]);
    expect(arr(union(a, b))).toEqual([1, 3, 4, 5, 7, 9, 10]);
    expect(arr(difference(a, b))).toEqual([1, 7, 9]);
    expect(arr(difference(b, a))).toEqual([4, 10]);
    expect(arr(intersect(a, set()))).toEqual([]);
    expect(arr(union(set(), b))).toEqual([3, 4, 5, 10]);
  });

  it("agrees with Set on random data", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 500;
    for (let k = 0; k < 50; k++) {
      const xs = Array.from({ length: 80 }, rnd);
      const ys = Array.from({ length: 60 }, rnd);
      const X = new Set(xs);
      const Y = new Set(ys);
      const sorted = (s: Iterable<number>) => [...s].sort((p, q) => p - q);
      expect(arr(intersect(set(...xs), set(...ys)))).toEqual(sorted([...X].filter((x) => Y.has(x))));
      expect(arr(union(set(...xs), set(...ys)))).toEqual(sorted(new Set([...X, ...Y])));
      expect(arr(difference(set(...xs), set(...ys)))).toEqual(sorted([...X].filter((x) => !Y.has(x))));
    }
  });
});
