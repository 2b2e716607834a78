"use client";
// Picks the chart's months: 12/36/60 or a custom from/to.
import { useState, type FormEvent } from "react";
import { isMonthKey, monthsBetween } from "@/lib/calendar/months";
import type { MonthSpan } from "@/lib/queries/topic-counts";
import { RANGE_PRESETS, sameRange, type ChartRange } from "./chart-range";
import styles from "./topic.module.css";

function CustomRange({ span, current, onRange }: { span: MonthSpan; current: boolean; onRange: (r: ChartRange) => void }) {
  const [from, setFrom] = useState<string>(span.from);
  const [to, setTo] = useState<string>(span.to);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonthKey(from) || !isMonthKey(to)) return setProblem("Write both months as YYYY-MM.");
    if (monthsBetween(from, to) < 0) return setProblem("“From” must not be after “to”.");
    setProblem(null);
    onRange({ kind: "custom", from, to });
  };
  return (
    <form className={styles.customRange} onSubmit={submit} aria-label="Custom range">
      <label>
        From <input type="month" className="input" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="range-from" required />
      </label>
      <label>
        to <input type="month" className="input" value={to} onChange={(e) => setTo(e.target.value)} data-testid="range-to" required />
      </label>
      <button type="submit" className={`button ${current ? styles.presetCurrent : ""}`} data-testid="range-custom">
        Show
      </button>
      {problem ? (
        <p role="alert" className={styles.rangeProblem}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}

export function RangePicker({ range, span, onRange }: { range: ChartRange; span: MonthSpan; onRange: (r: ChartRange) => void }) {
  return (
    <div className={styles.rangePicker} data-testid="range-picker">
      <div role="group" aria-label="Months shown" className={styles.presets}>
        {RANGE_PRESETS.map((months) => {
          const preset: ChartRange = { kind: "preset", months };
          const current = sameRange(range, preset);
          return (
            <button
              key={months}
              type="button"
              className={`button ${current ? styles.presetCurrent : ""}`}
              aria-pressed={current}
              onClick={() => onRange(preset)}
              data-testid={`range-${months}`}
            >
              {months} months
            </button>
          );
        })}
      </div>
      {/* Remounted when the span changes, so its inputs show the months on screen. */}
      <CustomRange key={`${span.from}-${span.to}`} span={span} current={range.kind === "custom"} onRange={onRange} />
    </div>
  );
}
