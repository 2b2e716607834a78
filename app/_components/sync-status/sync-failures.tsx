import type { SyncFailure } from "@/lib/queries/sync-status";
import { formatUtc } from "../format";
import styles from "./sync-status.module.css";

/** The latest run's failures, folded away: the reasons matter, but not on every glance. */
export function SyncFailures({ failures }: { failures: SyncFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <details className={styles.failures} data-testid="sync-failures">
      <summary>
        {failures.length} {failures.length === 1 ? "request" : "requests"} failed
      </summary>
      <ul className={styles.failureList}>
        {failures.map((f, i) => (
          <li key={`${f.task}-${i}`} data-testid="sync-failure">
            <strong>{f.task}</strong> <span className={styles.kind}>{f.kind}</span>: {f.message}{" "}
            <span className="muted">({formatUtc(f.at)})</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        Failed months keep their previous numbers (or stay gaps); the next sync asks again.
      </p>
    </details>
  );
}
