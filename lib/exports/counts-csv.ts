// Monthly counts as CSV in long form: one row per topic and month. Long rather than wide so
// each row carries its topic's query version and the month's fetch time, and so a topic whose
// query changed can never be read as one continuous column.
import { currentMonth, monthsBetween, type MonthKey } from "../calendar/months";
import type { TopicCounts } from "../topics/series";
import { renderCsv, spreadsheetSafe, type CsvValue } from "./csv";

export const COUNTS_CSV_HEADER = [
  "topic",
  "topic_name",
  "query_version",
  "month",
  "count",
  "month_closed",
  "fetched_at",
  "query",
] as const;

export interface CountsExportTopic extends TopicCounts {
  name: string;
  query: string;
}

/**
 * `count` is empty when the month was never fetched (unknown is not zero); `month_closed` is
 * false for the month running at `now`, whose count is still growing.
 */
export function renderCountsCsv(topics: readonly CountsExportTopic[], now: Date, options: { bom?: boolean } = {}): string {
  const running: MonthKey = currentMonth(now);
  const rows: CsvValue[][] = topics.flatMap((t) =>
    t.months.map((m) => [
      t.slug,
      spreadsheetSafe(t.name),
      t.queryVersion,
      m.month,
      m.count,
      monthsBetween(m.month, running) > 0,
      m.fetchedAt,
      t.query,
    ]),
  );
  return renderCsv(COUNTS_CSV_HEADER, rows, options);
}
