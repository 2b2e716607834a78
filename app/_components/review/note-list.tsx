// The team's notes on a paper, one per reviewer, with who and when.
import type { PaperNote } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import styles from "./review.module.css";

export function NoteList({ notes }: { notes: readonly PaperNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} aria-label="Notes">
      {notes.map((n) => (
        <li key={n.reviewer} className={styles.note} data-testid="paper-note" data-reviewer={n.reviewer}>
          <span className={styles.noteMeta}>
            <strong>{n.reviewer}</strong> · {formatUtc(n.updatedAt)}
          </span>
          <p className={styles.noteText}>{n.text}</p>
        </li>
      ))}
    </ul>
  );
}
