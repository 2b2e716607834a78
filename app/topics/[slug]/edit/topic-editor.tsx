"use client";
// Editing a topic: its fields (a changed query starts a new query version, said before and
// after saving), restore or archive, and its query versions so far.
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { overviewKey } from "@/lib/queries/overview";
import { topicsKey } from "@/lib/queries/topic-counts";
import { requestTopicEdit, topicDetailKey, topicDetailQueryOptions, type TopicEditAnswer, type TopicFields, type TopicJson } from "@/lib/queries/topic-editor";
import { formatUtc } from "@/app/_components/format";
import { TokenPrompt } from "@/app/_components/write-access/token-prompt";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import { TopicForm, type PartChoice } from "../../_editor/topic-form";
import { TopicLifecycle } from "../../_editor/topic-lifecycle";
import { TopicSaved } from "../../_editor/topic-saved";
import styles from "../../_editor/editor.module.css";

function fieldsOf(t: TopicJson): TopicFields {
  return { name: t.name, part: t.part === "baseline" ? "custom" : t.part, description: t.description, query: t.query, queryNotes: t.queryNotes };
}

/** Only what changed is sent, so an untouched query never starts a version. */
function patchOf(before: TopicFields, after: TopicFields, roadmap: boolean): Partial<TopicFields> {
  const patch: Partial<TopicFields> = {};
  if (after.name !== before.name) patch.name = after.name;
  if (!roadmap && after.part !== before.part) patch.part = after.part;
  if (after.description !== before.description) patch.description = after.description;
  if (after.query !== before.query) patch.query = after.query;
  if (after.queryNotes !== before.queryNotes) patch.queryNotes = after.queryNotes;
  return patch;
}

export function TopicEditor({ slug, parts }: { slug: string; parts: PartChoice[] }) {
  const qc = useQueryClient();
  const router = useRouter();
  const { data } = useSuspenseQuery(topicDetailQueryOptions(slug));
  const topic = data.topic;
  const current = fieldsOf(topic);
  const roadmap = topic.origin === "roadmap";
  const [outcome, setOutcome] = useState<{ title: string; result: TopicEditAnswer } | { title: string; result: null } | null>(null);

  const settle = (result: TopicEditAnswer, title: string) => {
    setOutcome({ title, result });
    qc.setQueryData(topicDetailKey(slug), { ...data, topic: result.topic });
    void qc.invalidateQueries({ queryKey: topicDetailKey(slug) });
    void qc.invalidateQueries({ queryKey: overviewKey });
    // The topic's counts and papers belong to its query version: cached ones may be another's.
    void qc.invalidateQueries({ queryKey: [...topicsKey, slug] });
    // The heading and breadcrumb are rendered by the server with the name.
    router.refresh();
  };
  const edit = useMutation({
    mutationFn: (patch: Partial<TopicFields>) => requestTopicEdit(slug, patch),
    onError: noteWriteError,
    onSuccess: (result) => settle(result, `Saved “${result.topic.name}”`),
  });
  const save = (fields: TopicFields) => {
    const patch = patchOf(current, fields, roadmap);
    if (Object.keys(patch).length === 0) return setOutcome({ title: "Nothing to save: no field changed.", result: null });
    edit.mutate(patch);
  };
  const formKey = JSON.stringify(current);

  return (
    <>
      <TokenPrompt what="editing topics, previews and syncs" />
      <div className={styles.editorLayout}>
        <div className={styles.editorMain}>
          {outcome ? (
            outcome.result ? (
              <TopicSaved title={outcome.title} topic={outcome.result.topic} version={outcome.result.queryVersion} />
            ) : (
              <p className="notice" role="status" data-testid="topic-nothing-changed">
                {outcome.title}
              </p>
            )
          ) : null}
          {topic.archived ? (
            <p className="notice" data-testid="topic-archived-note">
              This topic is archived: it is off the overview, reviews and the sync. “Unarchive” brings it back.
            </p>
          ) : null}
          <TopicForm
            key={formKey}
            initial={current}
            parts={parts}
            partLocked={roadmap}
            submitLabel="Save changes"
            pending={edit.isPending}
            serverError={edit.error ? writeErrorMessage(edit.error, "save the topic") : null}
            onSave={save}
            queryNotice={(canonical) =>
              canonical !== null && canonical !== topic.query ? (
                <p className="notice" data-testid="query-version-notice">
                  Saving this query starts a new query version (now version {topic.queryVersion ?? "–"}). The counts of the
                  current version are kept but never mixed with the new one’s; the new query has no counts until a sync.
                </p>
              ) : null
            }
          />
        </div>
        <aside className={styles.editorSide} aria-label="Topic history and lifecycle">
          <TopicLifecycle topic={topic} onRestored={(result) => settle(result, `Restored “${result.topic.name}” to the catalog’s definition`)} />
          <section className="panel" aria-labelledby="versions-title">
            <h2 id="versions-title">Query versions</h2>
            <p className="muted">Every query this topic has counted with. Counts are kept per version and never mixed.</p>
            <ol className={styles.versions} data-testid="query-versions">
              {data.queryVersions.map((v) => (
                <li key={v.version} data-testid="query-version" data-version={v.version} data-current={v.version === topic.queryVersion}>
                  <strong>
                    Version {v.version}
                    {v.version === topic.queryVersion ? " (current)" : ""}
                  </strong>{" "}
                  <span className="muted">since {formatUtc(v.createdAt)}</span>
                  <code className={styles.versionQuery}>{v.query}</code>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </>
  );
}
