"use client";
// Topic checkboxes, mode and months. Every change rewrites the URL (router.replace), which is
// the whole state of the view: the server prefetches it and a pasted link reproduces it.
import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition, type FormEvent } from "react";
import { isMonthKey, monthsBetween } from "@/lib/calendar/months";
import { seriesColor } from "@/app/_components/series-color";
import { compareHref, COMPARE_MODES, lastMonths, type CompareMode, type CompareView } from "./compare-params";
import type { PartOption, TopicOption } from "./topic-options";
import styles from "./compare.module.css";

function modeLabel(mode: CompareMode, scopeCategories: number): string {
  if (mode === "count") return "Papers per month";
  if (mode === "indexed") return "Indexed (first month = 100)";
  return `Share of the index’s scope (${scopeCategories} categories)`;
}

const PRESETS = [12, 36, 60] as const;

export function CompareControls({
  view,
  topics,
  parts,
  scopeCategories,
  asOf,
}: {
  view: CompareView;
  topics: TopicOption[];
  parts: PartOption[];
  scopeCategories: number;
  asOf: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The controls show the choice at once; the page follows when the server has rendered it.
  const [shown, setShown] = useOptimistic(view);
  const [from, setFrom] = useState<string>(view.from);
  const [to, setTo] = useState<string>(view.to);
  const [problem, setProblem] = useState<string | null>(null);
  const now = new Date(asOf);

  const go = (next: Partial<CompareView>) => {
    setProblem(null);
    const target = { ...shown, ...next };
    startTransition(() => {
      setShown(target);
      router.replace(compareHref(target), { scroll: false });
    });
  };
  const toggle = (slug: string, on: boolean) => {
    const chosen = on ? [...shown.topics, slug] : shown.topics.filter((s) => s !== slug);
    // Keep catalog order so the URL is the same whatever the order of the clicks.
    go({ topics: topics.map((t) => t.slug).filter((s) => chosen.includes(s)) });
  };
  const submitRange = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonthKey(from) || !isMonthKey(to)) return setProblem("Write both months as YYYY-MM.");
    if (monthsBetween(from, to) < 0) return setProblem("“From” must not be after “to”.");
    go({ from, to });
  };

  return (
    <div className={styles.controls} data-testid="compare-controls" aria-busy={pending}>
      <fieldset className={styles.topicPicker}>
        <legend>Topics</legend>
        {parts.map((part) => (
          <div key={part.id} className={styles.partGroup}>
            <span className={styles.partName}>{part.name}</span>
            {topics
              .filter((t) => t.part === part.id)
              .map((t) => {
                const checked = shown.topics.includes(t.slug);
                return (
                  <label key={t.slug} className={styles.topicOption}>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={checked && shown.topics.length === 1}
                      onChange={(e) => toggle(t.slug, e.target.checked)}
                      data-testid={`compare-topic-${t.slug}`}
                    />
                    <span className={styles.swatch} style={{ background: seriesColor(t.colorIndex) }} aria-hidden="true" />
                    {t.name}
                  </label>
                );
              })}
          </div>
        ))}
      </fieldset>
      <div className={styles.controlRow}>
        <fieldset className={styles.modes}>
          <legend>Show</legend>
          {COMPARE_MODES.map((m) => (
            <label
              key={m}
              className={styles.modeOption}
              title={m === "share" ? `Each topic’s monthly share of all papers harvested in the index’s scope (${scopeCategories} categories)` : undefined}
            >
              <input type="radio" name="compare-mode" value={m} checked={shown.mode === m} onChange={() => go({ mode: m })} data-testid={`compare-mode-${m}`} />
              {modeLabel(m, scopeCategories)}
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.range}>
          <legend>Months (full months only)</legend>
          <div className={styles.presets}>
            {PRESETS.map((n) => {
              const span = lastMonths(n, now);
              const current = span.from === shown.from && span.to === shown.to;
              return (
                <button key={n} type="button" className={`button ${current ? styles.current : ""}`} aria-pressed={current} onClick={() => go(span)} data-testid={`compare-range-${n}`}>
                  {n} months
                </button>
              );
            })}
          </div>
          <form onSubmit={submitRange} className={styles.customRange} aria-label="Custom months">
            <label>
              From <input type="month" className="input" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from" required />
            </label>
            <label>
              to <input type="month" className="input" value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to" required />
            </label>
            <button type="submit" className="button">
              Show
            </button>
          </form>
          {problem ? (
            <p role="alert" className={styles.problem}>
              {problem}
            </p>
          ) : null}
        </fieldset>
      </div>
      <p className="muted" aria-live="polite" style={{ margin: 0, minHeight: "1.5em" }}>
        {pending ? "Loading…" : null}
      </p>
    </div>
  );
}
