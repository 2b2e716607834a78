// A row of a page's actions and downloads under its heading (edit, exports, feeds).
import type { ReactNode } from "react";
import styles from "./page-actions.module.css";

export function PageActions({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className={styles.actions} role="group" aria-label={label} data-testid={testId}>
      {children}
    </div>
  );
}

/** The feed icon, so a feed link is recognised before it is read. */
export function FeedIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" className={styles.feedIcon}>
      <circle cx="3" cy="13" r="2" fill="currentColor" />
      <path d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
