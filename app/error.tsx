"use client";
// Any page that fails to render: say so, keep the header and sync bar, offer a retry. The
// react-query error reset lets a failed client query run again instead of re-throwing.
import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { useEffect } from "react";

export default function PageError({
  error,
  reset,
  retry,
}: {
  error: unknown;
  reset: () => void;
  retry?: () => void;
}) {
  const { reset: resetQueries } = useQueryErrorResetBoundary();
  useEffect(() => {
    console.error(error);
  }, [error]);
  const message = error instanceof Error ? error.message : String(error);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <section className="alert" role="alert" data-testid="page-error">
      <h1>This page could not be shown</h1>
      <p>{message || "An unexpected error occurred."}</p>
      {digest ? <p className="muted">Reference: {digest}</p> : null}
      <button
        type="button"
        className="button"
        onClick={() => {
          resetQueries();
          (retry ?? reset)();
        }}
      >
        Try again
      </button>
    </section>
  );
}
