"use client";
// The small form for your own note on a paper (an empty note deletes it).
import { useState, type FormEvent } from "react";
import type { PaperNote } from "@/lib/queries/reviews";
import { MAX_NOTE_LENGTH, noteTextSchema } from "@/lib/reviews/input";
import styles from "./paper-actions.module.css";

export function NoteForm({
  own,
  busy,
  onSave,
  onNeedReviewer,
}: {
  /** Your note on this paper, if any. */
  own: PaperNote | null;
  busy: boolean;
  onSave: (text: string) => void;
  /** Returns true when a reviewer name is set; otherwise shows why not. */
  onNeedReviewer: () => boolean;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const tooLong = text.length > MAX_NOTE_LENGTH;

  const start = () => {
    if (!onNeedReviewer()) return;
    setText(own?.text ?? "");
    setProblem(null);
    setOpen(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = noteTextSchema.safeParse(text);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "this note cannot be saved");
    if (parsed.data === "" && !own) return setOpen(false);
    onSave(parsed.data);
    setOpen(false);
  };

  if (!open) {
    return (
      <button type="button" className={styles.noteToggle} onClick={start} data-testid="note-open">
        {own ? "Edit your note" : "Add a note"}
      </button>
    );
  }
  return (
    <form onSubmit={submit} className={styles.noteForm} aria-label="Your note">
      <textarea
        className={`input ${styles.noteInput}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        autoFocus
        aria-invalid={tooLong || problem ? true : undefined}
        data-testid="note-input"
      />
      <div className={styles.noteActions}>
        <span className={tooLong ? styles.problem : styles.hint} aria-live="polite">
          {text.length}/{MAX_NOTE_LENGTH}
          {tooLong ? ` — a note must be at most ${MAX_NOTE_LENGTH} characters` : own ? " — empty the note to delete it" : ""}
        </span>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || tooLong} data-testid="note-save">
          Save note
        </button>
      </div>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}
