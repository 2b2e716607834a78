// One paper of a saved review: its mark and notes as saved, and today's where they differ.
import type { PaperMark, ReopenedReviewPaper } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import { PaperSummary } from "@/app/_components/review/paper-summary";
import shared from "@/app/_components/review/review.module.css";
import { NoteList } from "@/app/_components/review/note-list";
import { markChanged, noteChanges } from "./saved-changes";
import styles from "../reviews.module.css";

function MarkText({ mark }: { mark: PaperMark | null }) {
  if (!mark) return <>not marked</>;
  return (
    <>
      <span className={shared.markName}>{mark.mark}</span> by {mark.markedBy} · {formatUtc(mark.markedAt)}
    </>
  );
}

export function SavedPaperCard({ item, topicNames }: { item: ReopenedReviewPaper; topicNames: ReadonlyMap<string, string> }) {
  const markMoved = markChanged(item.mark, item.current.mark);
  const notes = noteChanges(item.notes, item.current.notes);
  const changed = markMoved || notes.changed.length > 0 || notes.removed.length > 0;
  return (
    <li className={shared.paper} data-testid="saved-paper" data-paper-id={item.paper.id} data-mark={item.mark?.mark ?? "none"} data-changed={changed}>
      <PaperSummary item={item} topicNames={topicNames} />
      <p className={shared.markLine} data-testid="saved-mark">
        As saved: <MarkText mark={item.mark} />
      </p>
      <NoteList notes={item.notes} />
      {changed ? (
        <div className={styles.since} data-testid="paper-changed-since">
          <p className={styles.sinceTitle}>Changed since the review was saved</p>
          {markMoved ? (
            <p className={shared.markLine} data-testid="current-mark">
              Now: <MarkText mark={item.current.mark} />
            </p>
          ) : null}
          <NoteList notes={notes.changed} />
          {notes.removed.length ? <p className={shared.markLine}>Notes since deleted: {notes.removed.join(", ")}.</p> : null}
        </div>
      ) : null}
    </li>
  );
}
