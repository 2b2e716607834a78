"use client";
// "Refresh now": asks the server to start a sync, then polls the status fast until it ends.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { startSync, syncStatusKey } from "@/lib/queries/sync-status";
import styles from "./sync-status.module.css";

export function RefreshButton({ running }: { running: boolean }) {
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: startSync,
    onSettled: () => queryClient.invalidateQueries({ queryKey: syncStatusKey }),
  });
  const note =
    start.error instanceof Error
      ? `Could not start a sync: ${start.error.message}`
      : start.data && "alreadyRunning" in start.data
        ? "A sync is already running."
        : null;
  return (
    <span className={styles.refresh}>
      <button
        type="button"
        className="button button-primary"
        data-testid="refresh-now"
        disabled={running || start.isPending}
        onClick={() => start.mutate()}
      >
        {running ? "Syncing…" : start.isPending ? "Starting…" : "Refresh now"}
      </button>
      {note ? (
        <span role="alert" className={styles.refreshNote} data-testid="refresh-note">
          {note}
        </span>
      ) : null}
    </span>
  );
}
