"use client";
// One paper of the live review: what it is, its mark with the buttons to change it, the team's
// notes, and in the team order why it ranks where it does. The keyboard (triage-keys.ts) drives
// the same buttons, so a key press and a click take one path.
import { memo, useState } from "react";
import type { PagedReviewPaper, PaperMarkKind } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import { PaperSummary } from "@/app/_components/review/paper-summary";
import shared from "@/app/_components/review/review.module.css";
import { writeErrorMessage } from "@/app/_components/write-access/write-errors";
import { MarkButtons } from "./mark-buttons";
import { NoteList } from "@/app/_components/review/note-list";
import { NoteForm } from "./paper-notes";
import { checkReviewer, readReviewerName, REVIEWER_FIELD_ID, useReviewerName } from "@/app/_components/review/reviewer-name";
import { useMarkPaper, useWriteNote } from "./use-paper-writes";
import { SimilarPapers } from "./similar-papers";
import { ReviewTopicLabels } from "./review-topic-labels";
import styles from "./paper-actions.module.css";

// Memoised: a mark replaces one paper's object only (paged-cache.ts), so one card re-renders.
export const ReviewPaperCard = memo(function ReviewPaperCard({
  item,
  topicNames,
  focused,
  onFocus,
}: {
  item: PagedReviewPaper;
  topicNames: ReadonlyMap<string, string>;
  focused: boolean;
  onFocus: (id: string) => void;
}) {
  const reviewerRaw = useReviewerName();
  const [problem, setProblem] = useState<string | null>(null);
  const mark = useMarkPaper(item.paper.id);
  const note = useWriteNote(item.paper.id);
  const reviewer = checkReviewer(reviewerRaw);

  const needReviewer = (): string | null => {
    const now = checkReviewer(readReviewerName());
    if (now.ok) return now.name;
    setProblem(now.problem);
    document.getElementById(REVIEWER_FIELD_ID)?.focus();
    return null;
  };
  const onMark = (next: PaperMarkKind | null) => {
    const name = needReviewer();
    if (name === null) return;
    setProblem(null);
    mark.mutate({ mark: next, reviewer: name });
  };
  const onNote = (text: string) => {
    const name = needReviewer();
    if (name === null) return;
    setProblem(null);
    note.mutate({ text, reviewer: name });
  };

  const own = reviewer.ok ? (item.notes.find((n) => n.reviewer === reviewer.name) ?? null) : null;
  const failure = mark.error ? writeErrorMessage(mark.error, "change the mark") : note.error ? writeErrorMessage(note.error, "save the note") : null;

  return (
    <li
      className={`${shared.paper} ${focused ? styles.focused : ""}`}
      data-testid="review-paper"
      data-paper-id={item.paper.id}
      data-mark={item.mark?.mark ?? "none"}
      data-focused={focused ? "true" : undefined}
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget || !focused) onFocus(item.paper.id);
      }}
    >
      <PaperSummary item={item} topicNames={topicNames} />
      {item.why ? (
        <p className={styles.why} data-testid="paper-why">
          {item.why.length ? (
            <>
              Ranked for the team by: {item.why.map((t) => <span key={t.term} className={styles.term}>{t.term}</span>)}
            </>
          ) : (
            "Nothing in it resembles the team’s shortlist."
          )}
        </p>
      ) : null}
      <div className={styles.actions}>
        <MarkButtons current={item.mark} busy={mark.isPending} onMark={onMark} paperTitle={item.paper.title} />
        <p className={shared.markLine} data-testid="paper-mark">
          {item.mark ? (
            <>
              <span className={shared.markName}>{item.mark.mark}</span> by {item.mark.markedBy} · {formatUtc(item.mark.markedAt)}
            </>
          ) : (
            "Not marked yet"
          )}
        </p>
      </div>
      <NoteList notes={item.notes} />
      <NoteForm key={own?.updatedAt ?? "none"} own={own} busy={note.isPending} onSave={onNote} onNeedReviewer={() => needReviewer() !== null} />
      <SimilarPapers paperId={item.paper.id} />
      <ReviewTopicLabels paperId={item.paper.id} paperTitle={item.paper.title} topics={item.topics} topicNames={topicNames} />
      {problem || failure ? (
        <p role="alert" className={styles.problem} data-testid="paper-problem">
          {problem ?? failure}
        </p>
      ) : null}
    </li>
  );
});
