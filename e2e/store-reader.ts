// The store as an outside observer sees it: the file on disk opened read-only with better-sqlite3,
// not through lib/store (which is `server-only`, migrates on open and belongs to the app).
import Database from "better-sqlite3";

export function openStoreReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}
