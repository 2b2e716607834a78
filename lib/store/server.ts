// The web app's handle on the store: one connection per server process, opened lazily so
// that `next build` never touches the database.
import "server-only";
import { openDb, type Db } from "./db";

const globalStore = globalThis as unknown as { __radarDb?: Db };

export function getDb(): Db {
  globalStore.__radarDb ??= openDb();
  return globalStore.__radarDb;
}
