// Placeholders the size of the saved reviews' widgets.

export function SavedListSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading saved reviews">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "5.4rem", marginBottom: "0.6rem" }} />
      ))}
    </div>
  );
}

export function SavedReviewSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the review">
      <div className="skeleton" style={{ height: "2rem", width: "50%", marginBottom: "0.6rem" }} />
      <div className="skeleton" style={{ height: "1.2rem", width: "80%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "3.6rem", marginBottom: "1rem" }} />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "8rem", marginBottom: "0.6rem" }} />
      ))}
    </div>
  );
}
