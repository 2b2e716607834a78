// Placeholders shaped like the overview's widgets: 4 parts x 4 cards, a 16-row table.
import styles from "./overview.module.css";

const PARTS = ["Resource", "Models", "Key Technologies", "Application"];

export function TopicGridSkeleton() {
  return (
    <div className={styles.parts} aria-busy="true" aria-label="Loading topics">
      {PARTS.map((name) => (
        <section key={name} className={styles.part}>
          <h2 className={styles.partTitle}>{name}</h2>
          <div className={styles.grid}>
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className={`${styles.card} ${styles.cardSkeleton}`}>
                <div className="skeleton" style={{ height: "1.2rem", width: "60%" }} />
                <div className="skeleton" style={{ height: "1.8rem", width: "40%" }} />
                <div className="skeleton" style={{ height: "1rem", width: "50%" }} />
                <div className="skeleton" style={{ height: "3.4rem" }} />
                <div className="skeleton" style={{ height: "0.9rem", width: "35%" }} />
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

export function RankingSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading ranking">
      <div className="skeleton" style={{ height: "1.2rem", width: "50%", marginBottom: "0.6rem" }} />
      <div className="skeleton" style={{ height: `${2.2 + 16 * 2.35}rem` }} />
    </div>
  );
}
