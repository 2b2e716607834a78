"use client";
// Which papers the review covers: the period (two days, GMT, both whole) and the topics. The
// choice is applied on "Show papers" (or a preset) so typing a date does not refetch per key.
import { useState, type FormEvent } from "react";
import type { LiveReviewRequest } from "@/lib/queries/reviews";
import { daysBefore, periodProblem } from "./review-params";
import type { ReviewPartOption, ReviewTopicOption } from "./review-topics";
import styles from "./review.module.css";

export function PeriodForm({
  request,
  topics,
  parts,
  onApply,
}: {
  request: LiveReviewRequest;
  topics: ReviewTopicOption[];
  parts: ReviewPartOption[];
  onApply: (next: LiveReviewRequest) => void;
}) {
  const [from, setFrom] = useState(request.from ?? "");
  const [to, setTo] = useState(request.to ?? "");
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(request.topics ?? topics.map((t) => t.slug)));
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (f: string, t: string) => {
    const bad = periodProblem(f, t);
    if (bad) return setProblem(bad);
    if (chosen.size === 0) return setProblem("Choose at least one topic.");
    setProblem(null);
    const all = chosen.size === topics.length;
    onApply({
      ...request,
      from: f || undefined,
      to: t || undefined,
      // Every live topic is the API's default: leave the list out so the link stays short.
      topics: all ? undefined : topics.map((x) => x.slug).filter((s) => chosen.has(s)),
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(from.trim(), to.trim());
  };
  const preset = (days: number | null) => {
    const today = new Date();
    const f = days === null ? "" : daysBefore(today, days - 1);
    const t = days === null ? "" : daysBefore(today, 0);
    setFrom(f);
    setTo(t);
    apply(f, t);
  };
  const toggle = (slug: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(slug);
    else next.delete(slug);
    setChosen(next);
  };

  return (
    <form onSubmit={submit} className={styles.periodForm} aria-label="Period and topics" data-testid="period-form">
      <fieldset className={styles.fieldset}>
        <legend>Period (GMT days, both included)</legend>
        <div className={styles.presets}>
          <button type="button" className="button" onClick={() => preset(7)} data-testid="period-last-7">
            Last 7 days
          </button>
          <button type="button" className="button" onClick={() => preset(14)} data-testid="period-last-14">
            Last 14 days
          </button>
          <button type="button" className="button" onClick={() => preset(null)} data-testid="period-default">
            Since last review
          </button>
        </div>
        <div className={styles.dates}>
          <label>
            From
            <input type="date" className="input" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="period-from" />
          </label>
          <label>
            To
            <input type="date" className="input" value={to} onChange={(e) => setTo(e.target.value)} data-testid="period-to" />
          </label>
        </div>
        <p className={styles.hint}>Leave “from” empty to start where the last saved review ended; “to” empty means now.</p>
      </fieldset>
      <details className={styles.topicPicker} data-testid="topic-picker">
        <summary>
          Topics: {chosen.size === topics.length ? `all ${topics.length}` : `${chosen.size} of ${topics.length}`}
        </summary>
        <div className={styles.topicTools}>
          <button type="button" className="button" onClick={() => setChosen(new Set(topics.map((t) => t.slug)))} data-testid="topics-all">
            All
          </button>
          <button type="button" className="button" onClick={() => setChosen(new Set())} data-testid="topics-none">
            None
          </button>
        </div>
        {parts.map((part) => (
          <fieldset key={part.id} className={styles.partTopics}>
            <legend>{part.name}</legend>
            {topics
              .filter((t) => t.part === part.id)
              .map((t) => (
                <label key={t.slug} className={styles.topicOption}>
                  <input type="checkbox" checked={chosen.has(t.slug)} onChange={(e) => toggle(t.slug, e.target.checked)} data-testid={`review-topic-${t.slug}`} />
                  {t.name}
                </label>
              ))}
          </fieldset>
        ))}
      </details>
      {problem ? (
        <p role="alert" className={styles.problem} data-testid="period-problem">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" data-testid="period-apply">
        Show papers
      </button>
    </form>
  );
}
