"use client";
// The topic's fields: name, part, description, query (checked as typed) and the notes on why
// the query is written that way. Checked with the server's own schema before it is sent.
import { useState, type FormEvent, type ReactNode } from "react";
import type { TopicFields } from "@/lib/queries/topic-editor";
import { checkTopicQuery } from "@/lib/topics/query-check";
import { MAX_QUERY_NOTES, MAX_TOPIC_DESCRIPTION, MAX_TOPIC_NAME, topicInputSchema, type TopicPart } from "@/lib/topics/topic-input";
import { useHydrated } from "@/app/_components/use-hydrated";
import { QueryField } from "./query-field";
import { QueryPreview } from "./query-preview";
import styles from "./editor.module.css";

export interface PartChoice {
  id: TopicPart;
  name: string;
}

type FieldErrors = Partial<Record<keyof TopicFields, string>>;

function Counter({ value, max }: { value: string; max: number }) {
  return <span className={value.length > max ? styles.problemText : styles.hint}>{`${value.length}/${max}`}</span>;
}

export function TopicForm({
  initial,
  parts,
  partLocked,
  submitLabel,
  pending,
  serverError,
  onSave,
  queryNotice,
}: {
  initial: TopicFields;
  parts: PartChoice[];
  /** Roadmap topics stay in their part. */
  partLocked: boolean;
  submitLabel: string;
  pending: boolean;
  serverError: string | null;
  onSave: (fields: TopicFields) => void;
  /** Shown under the query, given its canonical form (null while it does not parse). */
  queryNotice?: (canonical: string | null) => ReactNode;
}) {
  const [fields, setFields] = useState<TopicFields>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const check = checkTopicQuery(fields.query);
  const hydrated = useHydrated();
  const set = <K extends keyof TopicFields>(key: K, value: TopicFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = topicInputSchema.safeParse(fields);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof TopicFields | undefined;
        if (key && !found[key]) found[key] = issue.message;
      }
      return setErrors(found);
    }
    setErrors({});
    onSave(parsed.data);
  };

  const fieldError = (key: keyof TopicFields) =>
    errors[key] ? (
      <p className={styles.problemText} role="alert" data-testid={`topic-${key}-error`}>
        {errors[key]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} className={styles.form} noValidate data-testid="topic-form" data-hydrated={hydrated}>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="topic-name" className={styles.label}>
            Name <Counter value={fields.name} max={MAX_TOPIC_NAME} />
          </label>
          <input id="topic-name" className="input" value={fields.name} onChange={(e) => set("name", e.target.value)} data-testid="topic-name-input" />
          {fieldError("name")}
        </div>
        <div className={styles.field}>
          <label htmlFor="topic-part" className={styles.label}>
            Part
          </label>
          <select id="topic-part" className="input" value={fields.part} onChange={(e) => set("part", e.target.value as TopicPart)} disabled={partLocked} data-testid="topic-part-input">
            {parts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {partLocked ? <p className={styles.hint}>A roadmap topic stays in its part of the roadmap.</p> : null}
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor="topic-description" className={styles.label}>
          Description <Counter value={fields.description} max={MAX_TOPIC_DESCRIPTION} />
        </label>
        <input id="topic-description" className="input" value={fields.description} onChange={(e) => set("description", e.target.value)} data-testid="topic-description-input" />
        {fieldError("description")}
      </div>
      <QueryField value={fields.query} onChange={(v) => set("query", v)} check={check} />
      {errors.query && fields.query.trim() === "" ? fieldError("query") : null}
      <QueryPreview canonical={check.ok ? check.canonical : null} />
      {queryNotice?.(check.ok ? check.canonical : null)}
      <div className={styles.field}>
        <label htmlFor="topic-notes" className={styles.label}>
          Query notes <span className="muted">(optional: why the query is written this way)</span> <Counter value={fields.queryNotes} max={MAX_QUERY_NOTES} />
        </label>
        <textarea id="topic-notes" className={`input ${styles.textarea}`} rows={3} value={fields.queryNotes} onChange={(e) => set("queryNotes", e.target.value)} data-testid="topic-notes-input" />
        {fieldError("queryNotes")}
      </div>
      <div className={styles.submitRow}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="topic-save">
          {pending ? "Saving…" : submitLabel}
        </button>
        {Object.keys(errors).length > 0 ? <span className={styles.problemText}>Some fields need a change (see above).</span> : null}
      </div>
      {serverError ? (
        <p role="alert" className="alert" data-testid="topic-save-error">
          {serverError}
        </p>
      ) : null}
    </form>
  );
}
