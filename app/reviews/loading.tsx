import { SavedListSkeleton } from "./skeletons";

export default function Loading() {
  return (
    <>
      <h1>Saved reviews</h1>
      <div className="skeleton" style={{ height: "3rem", maxWidth: "70ch", marginBottom: "1.25rem" }} />
      <SavedListSkeleton />
    </>
  );
}
