// Placeholders the size of the topic page's widgets.
import styles from "./topic.module.css";

export function MomentumSkeleton() {
  return <div className={`skeleton ${styles.momentumSkeleton}`} aria-busy="true" aria-label="Loading momentum" />;
}

export function ChartSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading chart">
      <div className="skeleton" style={{ height: "1.2rem", width: "45%", marginBottom: "0.4rem" }} />
      <div className="skeleton" style={{ height: 320 }} />
      <div className="skeleton" style={{ height: "1rem", width: "80%", marginTop: "0.4rem" }} />
    </div>
  );
}

export function PapersSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading papers">
      <div className="skeleton" style={{ height: "2.25rem", width: "min(24rem, 100%)", marginBottom: "0.8rem" }} />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "5.6rem", marginBottom: "0.6rem" }} />
      ))}
    </div>
  );
}
