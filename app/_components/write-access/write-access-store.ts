"use client";
// The browser's write access as React state: the stored team token (lib/queries/write-token.ts)
// and whether the server has just refused a write for want of it. Module-level, so any write
// control that meets a 401 makes the one token prompt of the page appear.
import { useSyncExternalStore } from "react";
import { readWriteToken, saveWriteToken } from "@/lib/queries/write-token";

const listeners = new Set<() => void>();
let refusal: string | null = null;

function emit(): void {
  for (const l of listeners) l();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab may enter the token.
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The stored token; null on the server and before hydration. */
export function useStoredToken(): string | null {
  return useSyncExternalStore(subscribe, readWriteToken, () => null);
}

/** The server's last 401 message, until a token is entered. */
export function useWriteRefusal(): string | null {
  return useSyncExternalStore(subscribe, () => refusal, () => null);
}

export function storeToken(token: string | null): void {
  saveWriteToken(token);
  refusal = null;
  emit();
}

export function reportWriteRefused(message: string): void {
  refusal = message;
  emit();
}
