// The list of saved reviews, in a route group so that its loading skeleton does not wrap
// /reviews/[id] (whose unknown ids must be real 404s, decided before anything streams).
import { SavedListSkeleton } from "../skeletons";

export default function Loading() {
  return (
    <>
      <h1>Saved reviews</h1>
      <div className="skeleton" style={{ height: "3rem", maxWidth: "70ch", marginBottom: "1.25rem" }} />
      <SavedListSkeleton />
    </>
  );
}
