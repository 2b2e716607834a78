"use client";
// The arXiv query box, checked as you type with the same parser the server and the sync use:
// a problem is said in words and pointed at with a caret; a good query is read back in English.
import { useRef } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/arxiv/query";
import type { QueryCheck } from "@/lib/topics/query-check";
import { caretLocation } from "./query-caret";
import styles from "./editor.module.css";

export function QueryField({ value, onChange, check }: { value: string; onChange: (v: string) => void; check: QueryCheck }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const empty = value.trim() === "";
  const caret = !check.ok && !empty ? caretLocation(value, check.position) : null;
  const showProblem = () => {
    if (!box.current || check.ok) return;
    box.current.focus();
    box.current.setSelectionRange(check.position, Math.min(check.position + 1, value.length));
  };

  return (
    <div className={styles.field}>
      <label htmlFor="topic-query" className={styles.label}>
        arXiv query
      </label>
      <textarea
        id="topic-query"
        ref={box}
        className={`input ${styles.queryInput}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={4}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={caret ? true : undefined}
        aria-describedby="topic-query-check"
        placeholder='e.g. abs:"retrieval-augmented generation" AND cat:cs.CL'
        data-testid="topic-query-input"
      />
      <div id="topic-query-check" aria-live="polite">
        {empty ? (
          <p className={styles.hint}>
            arXiv search syntax: field prefixes (ti: abs: au: cat: all:), quoted phrases, upper-case AND, OR, ANDNOT and
            parentheses. No submittedDate: the app adds each month itself. At most {MAX_QUERY_LENGTH} characters.
          </p>
        ) : caret && !check.ok ? (
          <div className={styles.queryProblem} data-testid="query-problem">
            <p className={styles.problemText}>
              <strong>
                Character {caret.character}
                {caret.line > 1 ? ` (line ${caret.line})` : ""}:
              </strong>{" "}
              <span data-testid="query-problem-reason">{check.reason}</span>
            </p>
            <pre className={styles.caret} aria-hidden="true" data-testid="query-caret">
              {caret.excerpt}
              {"\n"}
              <span className={styles.caretMark}>{`${" ".repeat(caret.caretColumn)}^`}</span>
            </pre>
            <button type="button" className={styles.linkButton} onClick={showProblem} data-testid="query-goto-problem">
              Select it in the query
            </button>
          </div>
        ) : check.ok ? (
          <div className={styles.queryOk} data-testid="query-ok">
            <p>
              <strong>Counts papers where</strong> <span data-testid="query-description">{check.description}</span>.
            </p>
            {check.canonical !== value.trim() ? (
              <p className={styles.hint}>
                Saved as <code data-testid="query-canonical">{check.canonical}</code>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
