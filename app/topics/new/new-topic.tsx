"use client";
// Adding a custom topic: the form, then what was created and the offer to sync it now.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { overviewKey } from "@/lib/queries/overview";
import { createTopic, type TopicEditAnswer, type TopicFields } from "@/lib/queries/topic-editor";
import { TokenPrompt } from "@/app/_components/write-access/token-prompt";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import { TopicForm, type PartChoice } from "../_editor/topic-form";
import { TopicSaved } from "../_editor/topic-saved";
import styles from "../_editor/editor.module.css";

const EMPTY: TopicFields = { name: "", part: "custom", description: "", query: "", queryNotes: "" };

export function NewTopic({ parts }: { parts: PartChoice[] }) {
  const qc = useQueryClient();
  const [created, setCreated] = useState<TopicEditAnswer | null>(null);
  const create = useMutation({
    mutationFn: createTopic,
    onError: noteWriteError,
    onSuccess: (result) => {
      setCreated(result);
      void qc.invalidateQueries({ queryKey: overviewKey });
    },
  });

  if (created) {
    return (
      <div className={styles.single}>
        <TopicSaved title={`Created “${created.topic.name}”`} topic={created.topic} version={created.queryVersion}>
          <Link href={`/topics/${created.topic.slug}/edit`} className="button" data-testid="edit-created-topic">
            Edit it
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => {
              create.reset();
              setCreated(null);
            }}
          >
            Add another topic
          </button>
        </TopicSaved>
      </div>
    );
  }
  return (
    <div className={styles.single}>
      <TokenPrompt what="adding and editing topics, previews" />
      <TopicForm
        initial={EMPTY}
        parts={parts}
        partLocked={false}
        submitLabel="Create topic"
        pending={create.isPending}
        serverError={create.error ? writeErrorMessage(create.error, "create the topic") : null}
        onSave={(fields) => create.mutate(fields)}
      />
    </div>
  );
}
