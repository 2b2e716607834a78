// Placeholders the size of the compare widgets.

export function CompareChartSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading chart">
      <div className="skeleton" style={{ height: "1.2rem", width: "60%", marginBottom: "0.4rem" }} />
      <div className="skeleton" style={{ height: 360 }} />
      <div className="skeleton" style={{ height: "2.4rem", marginTop: "0.4rem" }} />
    </div>
  );
}

export function CompareMetricsSkeleton({ rows }: { rows: number }) {
  return (
    <div aria-busy="true" aria-label="Loading metrics">
      <div className="skeleton" style={{ height: "1.2rem", width: "50%", marginBottom: "0.5rem" }} />
      <div className="skeleton" style={{ height: `${2.2 + rows * 3.1}rem` }} />
    </div>
  );
}
