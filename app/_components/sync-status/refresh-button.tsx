"use client";
// "Refresh now": asks the server to start a sync, then polls the status fast until it ends.
// A server with a team token answers 401 until the token is entered once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/queries/fetch-json";
import { startSync, syncStatusKey } from "@/lib/queries/sync-status";
import { saveWriteToken } from "@/lib/queries/write-token";
import styles from "./sync-status.module.css";

export function RefreshButton({ running }: { running: boolean }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState("");
  const start = useMutation({
    mutationFn: startSync,
    onSettled: () => queryClient.invalidateQueries({ queryKey: syncStatusKey }),
  });
  const needsToken = start.error instanceof ApiRequestError && start.error.status === 401;
  const note = needsToken
    ? "This server needs the team token to start a sync."
    : start.error instanceof Error
      ? `Could not start a sync: ${start.error.message}`
      : start.data && "alreadyRunning" in start.data
        ? "A sync is already running."
        : null;
  const submitToken = (e: FormEvent) => {
    e.preventDefault();
    saveWriteToken(token.trim() || null);
    setToken("");
    start.mutate();
  };

  return (
    <span className={styles.refresh}>
      {note ? (
        <span role="alert" className={styles.refreshNote} data-testid="refresh-note">
          {note}
        </span>
      ) : null}
      {needsToken ? (
        <form onSubmit={submitToken} className={styles.tokenForm}>
          <label>
            <span className="visually-hidden">Team token</span>
            <input type="password" className="input" placeholder="Team token" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" data-testid="write-token" required />
          </label>
          <button type="submit" className="button">
            Use token
          </button>
        </form>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        data-testid="refresh-now"
        disabled={running || start.isPending}
        onClick={() => start.mutate()}
      >
        {running ? "Syncing…" : start.isPending ? "Starting…" : "Refresh now"}
      </button>
    </span>
  );
}
