// Papers with a write of this tab still on its way: a teammate's change (or an older answer)
// for them must not overwrite what this reviewer just did.
const counts = new Map<string, number>();

export const pendingWrites = {
  add(id: string): void {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  },
  remove(id: string): void {
    const n = (counts.get(id) ?? 1) - 1;
    if (n <= 0) counts.delete(id);
    else counts.set(id, n);
  },
  count: (id: string): number => counts.get(id) ?? 0,
  has: (id: string): boolean => counts.has(id),
  size: (): number => counts.size,
};
