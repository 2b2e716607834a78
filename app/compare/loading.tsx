import { CompareChartSkeleton, CompareMetricsSkeleton } from "./skeletons";
import styles from "./compare.module.css";

export default function CompareLoading() {
  return (
    <>
      <h1>Compare topics</h1>
      <div className="skeleton" style={{ height: "3rem", maxWidth: "70ch", marginBottom: "1.25rem" }} />
      <div className="panel section">
        <div className="skeleton" style={{ height: "11rem" }} />
      </div>
      <div className={styles.results}>
        <div className="panel">
          <CompareChartSkeleton />
        </div>
        <div className="panel">
          <CompareMetricsSkeleton rows={3} />
        </div>
      </div>
    </>
  );
}
