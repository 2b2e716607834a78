"use client";
// What a save did, in the team's words: which query version the topic now counts with, and,
// when the query is new, that its counts come from a sync, offered right here.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { syncStatusKey } from "@/lib/queries/sync-status";
import { syncTopicsNow, type QueryVersionChange, type TopicJson } from "@/lib/queries/topic-editor";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import styles from "./editor.module.css";

export function versionSentence(v: QueryVersionChange): string {
  if (!v.changed) return `The query did not change: the topic still counts with query version ${v.current}.`;
  if (v.previous === null) return `The topic counts with query version ${v.current}.`;
  return (
    `The query changed: query version ${v.previous} → ${v.current}. The counts of version ${v.previous} are kept but ` +
    `never mixed with version ${v.current}’s; charts show version ${v.current} only.`
  );
}

export function SyncTopicButton({ slug }: { slug: string }) {
  const qc = useQueryClient();
  const sync = useMutation({
    mutationFn: () => syncTopicsNow([slug]),
    onError: noteWriteError,
    // The status bar polls fast while the run goes, and says when it is done.
    onSettled: () => qc.invalidateQueries({ queryKey: syncStatusKey }),
  });
  return (
    <span className={styles.syncNow}>
      <button type="button" className="button button-primary" disabled={sync.isPending || sync.isSuccess} onClick={() => sync.mutate()} data-testid="sync-topic">
        {sync.isPending ? "Starting…" : "Sync this topic now"}
      </button>
      <span aria-live="polite" data-testid="sync-topic-result">
        {sync.error ? (
          <span className={styles.problemText}>{writeErrorMessage(sync.error, "start the sync")}</span>
        ) : sync.data ? (
          "alreadyRunning" in sync.data ? (
            "A sync is already running; try again when it ends (see the bar above)."
          ) : (
            "Sync started: the bar above shows its progress."
          )
        ) : null}
      </span>
    </span>
  );
}

export function TopicSaved({ title, topic, version, children }: { title: string; topic: TopicJson; version: QueryVersionChange | null; children?: ReactNode }) {
  const needsSync = version !== null && version.changed && !topic.archived;
  return (
    <section className={`panel ${styles.saved}`} role="status" data-testid="topic-saved">
      <h2>{title}</h2>
      {version ? (
        <p data-testid="topic-version-change" data-previous={version.previous ?? ""} data-current={version.current} data-changed={version.changed}>
          {versionSentence(version)}
        </p>
      ) : null}
      {needsSync ? <p className="muted">This query has no counts or papers in the cache until a sync fetches them.</p> : null}
      <div className={styles.savedActions}>
        {needsSync ? <SyncTopicButton slug={topic.slug} /> : null}
        <Link href={`/topics/${topic.slug}`} className="button" data-testid="open-topic">
          Open the topic page
        </Link>
        {children}
      </div>
    </section>
  );
}
