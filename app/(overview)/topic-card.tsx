import Link from "next/link";
import { MomentumBadge } from "../_components/momentum-badge";
import { changeClass, metricText } from "../_components/momentum-text";
import { formatChange, formatCount, formatMonth } from "../_components/format";
import { RelativeTime } from "../_components/relative-time";
import { seriesColor } from "../_components/series-color";
import { Sparkline } from "../_components/sparkline";
import { addMonths } from "@/lib/calendar/months";
import { onTopicRateText } from "@/lib/topics/on-topic-rate";
import type { TopicCardModel } from "./overview-model";
import styles from "./overview.module.css";

export function TopicCard({ card }: { card: TopicCardModel }) {
  const m = card.momentum;
  const yoy = metricText(m.yoy, formatChange);
  return (
    <article
      className={styles.card}
      data-testid={`topic-card-${card.slug}`}
      data-momentum={m.label}
      data-last-full-month={m.lastFullMonth}
      data-last-full-count={m.lastFullMonthCount ?? undefined}
    >
      <div className={styles.cardHead}>
        <h3 className={styles.cardTitle}>
          <Link href={`/topics/${card.slug}`} className={styles.cardLink}>
            {card.name}
          </Link>
        </h3>
        <MomentumBadge momentum={m} testId={`momentum-${card.slug}`} />
      </div>
      <p className={styles.count}>
        <span className={styles.countValue} data-testid={`last-month-count-${card.slug}`}>
          {m.lastFullMonthCount === null ? "—" : formatCount(m.lastFullMonthCount)}
        </span>{" "}
        <span className="muted">papers in {formatMonth(m.lastFullMonth)}</span>
      </p>
      <p className={styles.yoy}>
        <span className={changeClass(m.yoy.value)} title={yoy.title} data-testid={`yoy-${card.slug}`}>
          {yoy.text}
        </span>{" "}
        <span className="muted">vs {formatMonth(addMonths(m.lastFullMonth, -12))}</span>
        {m.yoy.value === null && yoy.title ? <span className={`muted ${styles.why}`}> ({yoy.title})</span> : null}
      </p>
      {card.onTopic ? (
        <p className={`muted ${styles.onTopic}`} data-testid={`on-topic-${card.slug}`} title="Share of labelled papers readers found on-topic, with its 95% interval, for the current query">
          <Link href={`/topics/${card.slug}#rate-title`}>{onTopicRateText(card.onTopic)}</Link>
        </p>
      ) : null}
      <Sparkline
        slug={card.slug}
        values={card.sparkline}
        from={card.sparklineFrom}
        to={m.lastFullMonth}
        running={card.running}
        color={seriesColor(card.colorIndex)}
      />
      <p className={styles.fresh}>
        {card.freshestFetchAt ? (
          <>
            updated <RelativeTime iso={card.freshestFetchAt} />
          </>
        ) : (
          "never synced"
        )}
        {card.running.count !== null ? (
          <span title="The running month is incomplete and drawn dashed">
            {" "}· {formatMonth(card.running.month)} so far: {formatCount(card.running.count)}
          </span>
        ) : null}
      </p>
    </article>
  );
}
