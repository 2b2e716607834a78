"use client";
// What a failed write tells the person: a 401 raises the page's token prompt, anything else is
// said in words next to the control that failed.
import { ApiRequestError } from "@/lib/queries/fetch-json";
import { reportWriteRefused } from "./write-access-store";

export function isUnauthorized(e: unknown): boolean {
  return e instanceof ApiRequestError && e.status === 401;
}

/** Call from a mutation's onError: a 401 makes the token prompt appear. */
export function noteWriteError(e: unknown): void {
  if (isUnauthorized(e)) reportWriteRefused((e as ApiRequestError).message);
}

/** "Could not mark the paper: …", or the token hint for a 401. */
export function writeErrorMessage(e: unknown, action: string): string {
  if (isUnauthorized(e)) return `Could not ${action}: this server needs the team token. Enter it above, then try again.`;
  return `Could not ${action}: ${e instanceof Error ? e.message : String(e)}`;
}
