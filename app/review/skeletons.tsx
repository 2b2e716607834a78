// Placeholders the size of the review's widgets.

export function ResultsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the review">
      <div className="skeleton" style={{ height: "1.4rem", width: "70%", marginBottom: "0.8rem" }} />
      <div className="skeleton" style={{ height: "3.6rem", marginBottom: "1rem" }} />
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "9.5rem", marginBottom: "0.6rem" }} />
      ))}
    </div>
  );
}

export function WorkspaceSkeleton() {
  return (
    <div style={{ display: "grid", gap: "1rem", gridTemplateColumns: "repeat(auto-fit, minmax(min(20rem, 100%), 1fr))" }} aria-busy="true" aria-label="Loading the review">
      <div className="skeleton" style={{ height: "24rem" }} />
      <ResultsSkeleton />
    </div>
  );
}
