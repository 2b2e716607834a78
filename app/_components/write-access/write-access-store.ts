"use client";
// The browser's write access as React state: the stored team token (lib/queries/write-token.ts)
// and whether the server has just refused a write for want of it. Module-level, so any write
// control that meets a 401 makes the one token prompt of the page appear.
import { useSyncExternalStore } from "react";
import { readWriteToken, saveWriteToken } from "@/lib/queries/write-token";
import { notifyStored as emit, subscribeStored as subscribe } from "@/lib/queries/local-storage";

let refusal: string | null = null;

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
