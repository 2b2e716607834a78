// The in-scope papers of a window of months, by full-text seq: what turns a query's seq set
// into paper ids and months (the query lab).
import "server-only";
import type { Db } from "./db";
import type { MonthKey } from "../calendar/months";

export function inScopePapersBySeq(db: Db, seqs: Iterable<number>, from: MonthKey, to: MonthKey): Map<number, { id: string; month: MonthKey }> {
  const rows = db
    .prepare(
      `SELECT seq, id, month FROM papers
       WHERE seq IN (SELECT value FROM json_each(?)) AND in_scope = 1 AND month BETWEEN ? AND ?`,
    )
    .raw()
    .all(JSON.stringify(Array.from(seqs)), from, to) as [number, string, MonthKey][];
  return new Map(rows.map(([seq, id, month]) => [seq, { id, month }]));
}
