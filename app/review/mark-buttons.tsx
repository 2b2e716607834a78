"use client";
// Read / Shortlist / Dismiss / Clear for one paper. The pressed button is the paper's mark.
import type { PaperMark, PaperMarkKind } from "@/lib/queries/reviews";
import styles from "./paper-actions.module.css";

const MARKS: { mark: PaperMarkKind; label: string }[] = [
  { mark: "read", label: "Read" },
  { mark: "shortlisted", label: "Shortlist" },
  { mark: "dismissed", label: "Dismiss" },
];

export function MarkButtons({
  current,
  busy,
  onMark,
  paperTitle,
}: {
  current: PaperMark | null;
  busy: boolean;
  onMark: (mark: PaperMarkKind | null) => void;
  paperTitle: string;
}) {
  return (
    <div className={styles.markButtons} role="group" aria-label={`Mark “${paperTitle}”`} aria-busy={busy}>
      {MARKS.map(({ mark, label }) => {
        const pressed = current?.mark === mark;
        return (
          <button
            key={mark}
            type="button"
            className={`button ${styles.markButton}`}
            data-mark={mark}
            aria-pressed={pressed}
            onClick={() => onMark(pressed ? null : mark)}
            data-testid={`mark-${mark}`}
          >
            {label}
          </button>
        );
      })}
      <button type="button" className={`button ${styles.markButton}`} disabled={current === null} onClick={() => onMark(null)} data-testid="mark-clear">
        Clear
      </button>
    </div>
  );
}
