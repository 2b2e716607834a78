"use client";
// The topic's momentum in one line, read from the overview cache (shared with "/").
import { useSuspenseQuery } from "@tanstack/react-query";
import { computeTopicMomentum } from "@/lib/metrics";
import { overviewQueryOptions } from "@/lib/queries/overview";
import { MomentumBadge } from "@/app/_components/momentum-badge";
import { changeClass, explainMomentum, metricText } from "@/app/_components/momentum-text";
import { formatChange, formatCount, formatMonth, formatPoints } from "@/app/_components/format";
import styles from "./topic.module.css";

export function TopicMomentum({ slug }: { slug: string }) {
  const { data } = useSuspenseQuery(overviewQueryOptions());
  const topic = data.topics.find((t) => t.slug === slug);
  if (!topic) return null;
  const m = computeTopicMomentum(topic.months, new Date(data.asOf));
  const facts = [
    { label: "YoY", metric: m.yoy, format: formatChange },
    { label: "3-month YoY", metric: m.trailing3YoY, format: formatChange },
    { label: "Acceleration", metric: m.acceleration, format: formatPoints },
  ];
  return (
    <div className={styles.momentum} data-testid="topic-momentum">
      <MomentumBadge momentum={m} testId={`momentum-${slug}`} />
      <span>
        <strong>{m.lastFullMonthCount === null ? "—" : formatCount(m.lastFullMonthCount)}</strong> papers in{" "}
        {formatMonth(m.lastFullMonth)}
      </span>
      {facts.map((f) => {
        const t = metricText(f.metric, f.format);
        return (
          <span key={f.label}>
            {f.label}{" "}
            <strong className={changeClass(f.metric.value)} title={t.title}>
              {t.text}
            </strong>
          </span>
        );
      })}
      <span className="muted">{explainMomentum(m)}</span>
    </div>
  );
}
