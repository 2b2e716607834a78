"use client";
// "Every number opens": the panel under a chart listing the papers behind a month's count, for
// one topic or, on the compare page, one tab per topic (each tab carrying that topic's total).
// Closed by its button or Escape; it takes the focus when it opens, so keyboard users land in it.
import { useQueries, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { MonthKey } from "@/lib/calendar/months";
import { topicMonthPapersQueryOptions } from "@/lib/queries/topic-month-papers";
import { formatCount, formatMonth } from "../format";
import { MonthPaperList, monthTotalText } from "./month-paper-list";
import styles from "./month-papers.module.css";

export interface DrillDownTopic {
  slug: string;
  name: string;
  color?: string;
}

function TopicTabs({
  topics,
  month,
  active,
  onActive,
  panelId,
}: {
  topics: DrillDownTopic[];
  month: MonthKey;
  active: string;
  onActive: (slug: string) => void;
  panelId: string;
}) {
  // The first page of every topic, so each tab shows its total (the active tab reuses it).
  const totals = useQueries({ queries: topics.map((t) => topicMonthPapersQueryOptions(t.slug, month, 0)) });
  const move = (e: KeyboardEvent, index: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = topics[(index + step + topics.length) % topics.length];
    if (!next) return;
    onActive(next.slug);
    document.getElementById(`${panelId}-tab-${next.slug}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Topics" className={styles.tabs}>
      {topics.map((t, i) => {
        const selected = t.slug === active;
        const total = totals[i]?.data?.total;
        return (
          <button
            key={t.slug}
            id={`${panelId}-tab-${t.slug}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className={styles.tab}
            onClick={() => onActive(t.slug)}
            onKeyDown={(e) => move(e, i)}
            data-testid={`drilldown-tab-${t.slug}`}
            data-total={total}
          >
            {t.color ? <span className={styles.swatch} style={{ background: t.color }} aria-hidden="true" /> : null}
            {t.name}
            <span className={styles.tabCount}>{total === undefined ? "…" : formatCount(total)}</span>
          </button>
        );
      })}
    </div>
  );
}

/** One topic: the heading is the month's total, the number the bar shows (first page, cached). */
function SingleTopicTitle({ slug, month, running }: { slug: string; month: MonthKey; running: boolean }) {
  const { data } = useQuery(topicMonthPapersQueryOptions(slug, month, 0));
  if (!data) return <>Papers of {formatMonth(month)}{running ? " so far" : ""}</>;
  return (
    <span data-testid="drilldown-total" data-total={data.total}>
      {monthTotalText(data.total, month, running)}
    </span>
  );
}

export function MonthDrillDown({
  month,
  topics,
  running,
  notHarvested,
  onClose,
}: {
  month: MonthKey;
  topics: DrillDownTopic[];
  /** The running month: its count is "so far". */
  running: boolean;
  /** The chart has no count for this month: nothing to list yet. */
  notHarvested: boolean;
  onClose: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [activeSlug, setActive] = useState(topics[0]?.slug ?? "");
  const active = topics.find((t) => t.slug === activeSlug) ?? topics[0];

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [month]);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const single = topics.length === 1 && !notHarvested ? topics[0] : undefined;
  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="drilldown" data-month={month}>
      <div className={styles.head}>
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {single ? <SingleTopicTitle slug={single.slug} month={month} running={running} /> : `Papers of ${formatMonth(month)}${running ? " so far" : ""}`}
        </h3>
        <button type="button" className={`button ${styles.close}`} onClick={onClose} data-testid="drilldown-close" aria-label={`Close the papers of ${formatMonth(month)}`}>
          Close ✕
        </button>
      </div>
      {notHarvested ? (
        <p className="notice" data-testid="drilldown-not-harvested">
          {formatMonth(month)} is not in the index yet, so there is no count and no paper to list. A sync harvests it.
        </p>
      ) : !active ? null : (
        <>
          {topics.length > 1 ? <TopicTabs topics={topics} month={month} active={active.slug} onActive={setActive} panelId={`${id}-panel`} /> : null}
          <div id={`${id}-panel`} role={topics.length > 1 ? "tabpanel" : undefined} aria-labelledby={topics.length > 1 ? `${id}-panel-tab-${active.slug}` : undefined}>
            {/* Keyed so that another topic or month starts at its first page. */}
            <MonthPaperList key={`${active.slug}-${month}`} slug={active.slug} month={month} running={running} topicName={single ? undefined : active.name} />
          </div>
        </>
      )}
    </section>
  );
}

/** One control for the keyboard and small screens: pick the month whose papers to list. */
export function MonthPicker({ months, value, onChange }: { months: MonthKey[]; value: MonthKey | null; onChange: (m: MonthKey | null) => void }) {
  const id = useId();
  return (
    <span className={styles.monthPicker}>
      <label htmlFor={id}>Papers of</label>
      <select
        id={id}
        className="input"
        value={value ?? ""}
        onChange={(e) => onChange(months.find((m) => m === e.target.value) ?? null)}
        data-testid="drilldown-month-select"
      >
        <option value="">choose a month…</option>
        {[...months].reverse().map((m) => (
          <option key={m} value={m}>
            {formatMonth(m)}
          </option>
        ))}
      </select>
    </span>
  );
}
