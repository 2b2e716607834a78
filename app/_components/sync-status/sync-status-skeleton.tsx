import styles from "./sync-status.module.css";

export function SyncStatusSkeleton() {
  return (
    <div className={styles.bar} aria-busy="true">
      <div className={styles.inner}>
        <div className={styles.row}>
          <span className={`skeleton ${styles.skeletonLine}`} />
          <span className="skeleton" style={{ width: "7rem", height: "2.25rem" }} />
        </div>
      </div>
    </div>
  );
}
