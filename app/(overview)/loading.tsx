import { RankingSkeleton, TopicGridSkeleton } from "./skeletons";

export default function OverviewLoading() {
  return (
    <>
      <h1>Overview</h1>
      <div className="skeleton" style={{ height: "3rem", maxWidth: "70ch", marginBottom: "1.25rem" }} />
      <TopicGridSkeleton />
      <div className="panel" style={{ marginTop: "1.75rem" }}>
        <RankingSkeleton />
      </div>
    </>
  );
}
