// The store's data generation: a value that changes whenever anything is written to the store,
// by this process (a sync in the server, a mark, a topic edit) or another (a CLI sync). Read
// models that only change with the data (the overview) are cached under it, so "/" and
// /api/overview are computed once per sync step instead of once per request.
import "server-only";
import type { Db } from "./db";

/**
 * SQLite keeps both counters for free: `total_changes()` counts rows this connection has
 * written, `PRAGMA data_version` changes when another connection commits.
 */
export function storeGeneration(db: Db): string {
  const own = db.prepare("SELECT total_changes()").pluck().get() as number;
  const others = db.pragma("data_version", { simple: true }) as number;
  return `${others}.${own}`;
}

/** One value per key, recomputed when the store's generation (or the key) changes. */
export function generationCache<T>(compute: (db: Db, key: string) => T): (db: Db, key: string) => T {
  let cached: { db: Db; generation: string; key: string; value: T } | null = null;
  return (db, key) => {
    const generation = storeGeneration(db);
    if (cached && cached.db === db && cached.generation === generation && cached.key === key) return cached.value;
    const value = compute(db, key);
    // Computing may not write; read the generation again in case another process did meanwhile.
    cached = { db, generation: storeGeneration(db) === generation ? generation : "", key, value };
    return value;
  };
}
