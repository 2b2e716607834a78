"use client";
// The team token entry of a page with write controls. It shows when the server says writes
// need the token and none is stored, or when a write was just refused (a 401). The token is
// checked with the server once, then kept in this browser like "Refresh now" keeps it.
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { authQueryOptions } from "@/lib/queries/auth";
import { fetchJson } from "@/lib/queries/fetch-json";
import { writeHeaders } from "@/lib/queries/write-token";
import { isUnauthorized } from "./write-errors";
import { reportWriteRefused, storeToken, useStoredToken, useWriteRefusal } from "./write-access-store";
import styles from "./write-access.module.css";

/** `untilRefused`: on pages where writing is rare, ask only once the server has refused. */
export function TokenPrompt({ what, untilRefused = false }: { what: string; untilRefused?: boolean }) {
  const auth = useQuery(authQueryOptions());
  const token = useStoredToken();
  const refusal = useWriteRefusal();
  const [draft, setDraft] = useState("");
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const required = auth.data?.required === true;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = draft.trim();
    if (!value) return setCheckError("Enter the team token.");
    storeToken(value);
    setDraft("");
    setCheckError(null);
    setChecking(true);
    try {
      await fetchJson("/api/auth/check", { method: "POST", headers: writeHeaders() });
    } catch (err) {
      if (isUnauthorized(err)) reportWriteRefused("that is not this server's team token");
      else setCheckError(`The token could not be checked: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setChecking(false);
    }
  };

  const asking = refusal !== null || (!untilRefused && required && token === null);
  if (!asking) {
    if (untilRefused || !required || token === null) return null;
    return (
      <p className={styles.stored} data-testid="token-stored">
        Team token stored in this browser.{" "}
        <button type="button" className={styles.linkButton} onClick={() => storeToken(null)}>
          Forget it
        </button>
      </p>
    );
  }

  return (
    <form className={`notice ${styles.prompt}`} onSubmit={submit} data-testid="token-prompt" role={refusal ? "alert" : undefined}>
      <p className={styles.promptText}>
        {refusal
          ? `The server refused the change: ${refusal}.`
          : `This server needs the team token for changes (${what}).`}{" "}
        Enter it once; this browser keeps it.
      </p>
      <label className={styles.tokenLabel}>
        <span>Team token</span>
        <input
          type="password"
          className="input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoComplete="off"
          data-testid="token-input"
        />
      </label>
      <button type="submit" className="button button-primary" disabled={checking} data-testid="token-submit">
        {checking ? "Checking…" : "Use token"}
      </button>
      {checkError ? <p className={styles.checkError}>{checkError}</p> : null}
    </form>
  );
}
