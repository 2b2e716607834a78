"use client";
// Picks the chart's months: 12/36/60 or a custom from/to. The choice lives in the URL
// (router.replace), so the server prefetches the new range and a pasted link shows the same.
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { isMonthKey, monthsBetween } from "@/lib/calendar/months";
import { RANGE_PRESETS, rangeSearch, sameRange, type ChartRange } from "./chart-range";
import styles from "./topic.module.css";

export function RangePicker({ slug, range, from, to }: { slug: string; range: ChartRange; from: string; to: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [customFrom, setCustomFrom] = useState(from);
  const [customTo, setCustomTo] = useState(to);
  const [problem, setProblem] = useState<string | null>(null);

  const go = (next: ChartRange) => {
    setProblem(null);
    startTransition(() => router.replace(`/topics/${slug}${rangeSearch(next)}`, { scroll: false }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonthKey(customFrom) || !isMonthKey(customTo)) return setProblem("Write both months as YYYY-MM.");
    if (monthsBetween(customFrom, customTo) < 0) return setProblem("“From” must not be after “to”.");
    go({ kind: "custom", from: customFrom, to: customTo });
  };

  return (
    <div className={styles.rangePicker} data-testid="range-picker" aria-busy={pending}>
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
              onClick={() => go(preset)}
              data-testid={`range-${months}`}
            >
              {months} months
            </button>
          );
        })}
      </div>
      <form className={styles.customRange} onSubmit={submit} aria-label="Custom range">
        <label>
          From{" "}
          <input type="month" className="input" value={customFrom} onChange={(e) => setCustomFrom(e.target.value)} data-testid="range-from" required />
        </label>
        <label>
          to{" "}
          <input type="month" className="input" value={customTo} onChange={(e) => setCustomTo(e.target.value)} data-testid="range-to" required />
        </label>
        <button type="submit" className={`button ${range.kind === "custom" ? styles.presetCurrent : ""}`}>
          Show
        </button>
      </form>
      <span className="muted" aria-live="polite">
        {pending ? "Loading…" : null}
      </span>
      {problem ? (
        <p role="alert" className={styles.rangeProblem}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
