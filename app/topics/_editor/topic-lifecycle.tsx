"use client";
// What can happen to a topic besides editing: a roadmap topic can go back to the catalog's
// definition (never be archived or deleted: it is one of the 16); a custom topic can be archived
// (it leaves the pages and the sync, its data stay) and brought back.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { overviewKey } from "@/lib/queries/overview";
import { restoreTopic, setTopicArchived, topicDetailKey, type TopicEditAnswer, type TopicJson } from "@/lib/queries/topic-editor";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import styles from "./editor.module.css";

export function TopicLifecycle({ topic, onRestored }: { topic: TopicJson; onRestored: (result: TopicEditAnswer) => void }) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: topicDetailKey(topic.slug) });
    void qc.invalidateQueries({ queryKey: overviewKey });
  };
  const restore = useMutation({
    mutationFn: () => restoreTopic(topic.slug),
    onError: noteWriteError,
    onSuccess: (result) => {
      refresh();
      onRestored(result);
    },
  });
  const archive = useMutation({ mutationFn: (archived: boolean) => setTopicArchived(topic.slug, archived), onError: noteWriteError, onSuccess: refresh });

  if (topic.origin === "roadmap") {
    return (
      <section className="panel" aria-labelledby="lifecycle-title" data-testid="topic-lifecycle" data-origin="roadmap">
        <h2 id="lifecycle-title">Roadmap topic</h2>
        <p data-testid="roadmap-lifecycle-note">
          This is one of the roadmap’s 16 topics: it can be edited, and restored to the catalog’s definition, but not
          archived or deleted.
        </p>
        {topic.edited && topic.originalQuery ? (
          <p className="muted">
            The catalog’s query: <code>{topic.originalQuery}</code>
          </p>
        ) : (
          <p className="muted">It has the catalog’s definition now.</p>
        )}
        <button type="button" className="button" disabled={!topic.edited || restore.isPending} onClick={() => restore.mutate()} data-testid="topic-restore">
          {restore.isPending ? "Restoring…" : "Restore original query"}
        </button>
        {restore.error ? (
          <p role="alert" className={styles.problemText}>
            {writeErrorMessage(restore.error, "restore the topic")}
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="lifecycle-title" data-testid="topic-lifecycle" data-origin="custom">
      <h2 id="lifecycle-title">{topic.archived ? "Archived" : "Archive"}</h2>
      <p data-testid="topic-archive-state" data-archived={topic.archived}>
        {topic.archived
          ? "This custom topic is archived: it is off the overview, the comparisons, reviews and the sync. Its cached data are kept."
          : "Archiving takes this custom topic off the overview, comparisons, reviews and the sync. Its cached data are kept, and it can be brought back."}
      </p>
      <button type="button" className="button" disabled={archive.isPending} onClick={() => archive.mutate(!topic.archived)} data-testid={topic.archived ? "topic-unarchive" : "topic-archive"}>
        {topic.archived ? "Unarchive" : "Archive this topic"}
      </button>
      {archive.error ? (
        <p role="alert" className={styles.problemText}>
          {writeErrorMessage(archive.error, topic.archived ? "unarchive the topic" : "archive the topic")}
        </p>
      ) : null}
    </section>
  );
}
