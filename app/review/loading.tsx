import { WorkspaceSkeleton } from "./skeletons";

export default function Loading() {
  return (
    <>
      <h1>Team review</h1>
      <div className="skeleton" style={{ height: "3rem", maxWidth: "70ch", marginBottom: "1.25rem" }} />
      <WorkspaceSkeleton />
    </>
  );
}
