"use client";
// Who is reviewing, remembered in this browser: marks and notes carry the name, so the team
// sees who shortlisted what. Checked with the server's own rule before any write.
import { useSyncExternalStore } from "react";
import { reviewerNameSchema } from "@/lib/reviews/input";
import { readStored, subscribeStored, writeStored } from "@/lib/queries/local-storage";

const KEY = "radar-reviewer";
// Where the name lives when the browser refuses storage (private modes): this page only.
let unsaved = "";

/** The name now, for a click handler (which must not act on a render's older value). */
export function readReviewerName(): string {
  return read();
}

function read(): string {
  return readStored(KEY) ?? unsaved;
}

/** The name as typed; "" on the server and before hydration. */
export function useReviewerName(): string {
  return useSyncExternalStore(subscribeStored, read, () => "");
}

export function setReviewerName(name: string): void {
  // Without storage, `unsaved` keeps it for this page.
  unsaved = name;
  writeStored(KEY, name);
}

export const REVIEWER_FIELD_ID = "reviewer-name";

/** The name to send, or the reason it cannot be sent. */
export function checkReviewer(raw: string): { ok: true; name: string } | { ok: false; problem: string } {
  if (raw.trim() === "") return { ok: false, problem: "Enter your name under “Reviewer” first: marks and notes say who made them." };
  const parsed = reviewerNameSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: `Your reviewer name cannot be used: ${parsed.error.issues[0]?.message ?? "invalid"}.` };
  return { ok: true, name: parsed.data };
}
