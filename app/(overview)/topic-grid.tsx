"use client";
// The 16 topic cards under the roadmap's four parts.
import { useSuspenseQuery } from "@tanstack/react-query";
import { overviewQueryOptions } from "@/lib/queries/overview";
import { partsWithCards } from "./overview-model";
import { TopicCard } from "./topic-card";
import styles from "./overview.module.css";

export function TopicGrid() {
  const { data } = useSuspenseQuery(overviewQueryOptions());
  const parts = partsWithCards(data);
  return (
    <div className={styles.parts}>
      {parts.map((part) => (
        <section key={part.id} className={styles.part} data-testid={`part-${part.id}`} aria-labelledby={`part-${part.id}-title`}>
          <h2 id={`part-${part.id}-title`} className={styles.partTitle}>
            {part.name}
          </h2>
          <div className={styles.grid}>
            {part.cards.map((card) => (
              <TopicCard key={card.slug} card={card} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
