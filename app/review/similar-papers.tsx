"use client";
// "More like this": asked for only when opened (the nearest papers are computed on the server).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { similarPapersQueryOptions } from "@/lib/queries/reviews";
import { formatDay } from "@/app/_components/format";
import styles from "./paper-actions.module.css";

export function SimilarPapers({ paperId }: { paperId: string }) {
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...similarPapersQueryOptions(paperId), enabled: open });
  return (
    <div className={styles.similar}>
      <button type="button" className={styles.noteToggle} aria-expanded={open} onClick={() => setOpen(!open)} data-testid="similar-toggle">
        {open ? "Hide similar papers" : "More like this"}
      </button>
      {open ? (
        query.error ? (
          <p role="alert" className={styles.problem}>Similar papers could not be read: {query.error.message}</p>
        ) : !query.data ? (
          <p className={styles.hint} aria-busy="true">Finding the nearest papers…</p>
        ) : query.data.papers.length === 0 ? (
          <p className={styles.hint}>No paper of the last {query.data.months} months shares its words.</p>
        ) : (
          <ol className={styles.similarList} data-testid="similar-list">
            {query.data.papers.map((p) => (
              <li key={p.id}>
                <a href={p.absUrl}>{p.title}</a> <span className={styles.hint}>· {formatDay(p.published)} · {Math.round(p.similarity * 100)}% alike</span>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </div>
  );
}
