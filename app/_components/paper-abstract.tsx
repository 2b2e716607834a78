"use client";
// A paper's abstract on demand, on topic pages and in reviews. It is rendered only once
// opened: a review lists hundreds of papers, and their abstracts would double the page's HTML
// for text most people never open.
import { useState } from "react";
import type { Paper } from "@/lib/arxiv/paper";
import styles from "./paper-abstract.module.css";

export function PaperAbstract({ paper }: { paper: Paper }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={styles.abstract} onToggle={(e) => setOpened(opened || e.currentTarget.open)} data-testid="paper-abstract">
      <summary>Abstract</summary>
      {opened ? (
        <>
          <p>{paper.summary}</p>
          {paper.comment ? <p className="muted">Comment: {paper.comment}</p> : null}
          {paper.journalRef ? <p className="muted">Journal: {paper.journalRef}</p> : null}
          {paper.doi ? (
            <p className="muted">
              DOI: <a href={`https://doi.org/${paper.doi}`}>{paper.doi}</a>
            </p>
          ) : null}
        </>
      ) : null}
    </details>
  );
}
