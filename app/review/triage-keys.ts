"use client";
// Triage at keyboard speed: j/k move between papers, r/s/d mark read/shortlisted/dismissed
// (again: clear), n opens the note, o the abstract, ? the key list. The keys press the
// focused card's own buttons, so the reviewer-name check and optimistic write are the same.
import { useEffect } from "react";

export const TRIAGE_KEYS: { key: string; does: string }[] = [
  { key: "j", does: "next paper (loads more at the end)" },
  { key: "k", does: "previous paper" },
  { key: "r", does: "mark read (again: clear)" },
  { key: "s", does: "shortlist (again: clear)" },
  { key: "d", does: "dismiss (again: clear)" },
  { key: "n", does: "write a note" },
  { key: "o", does: "open or close the abstract" },
  { key: "?", does: "show or hide this list" },
];

const MARK_KEYS: Record<string, string> = { r: "read", s: "shortlisted", d: "dismissed" };

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useTriageKeys({
  ids,
  focusId,
  setFocusId,
  nearEnd,
  toggleHelp,
}: {
  ids: readonly string[];
  focusId: string | null;
  setFocusId: (id: string) => void;
  /** Called when the focus comes near the last loaded paper: time to load the next page. */
  nearEnd: () => void;
  toggleHelp: () => void;
}): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || typing(e.target)) return;
      const at = focusId === null ? -1 : ids.indexOf(focusId);
      const card = focusId ? document.querySelector<HTMLElement>(`[data-testid="review-paper"][data-paper-id="${focusId}"]`) : null;
      const press = (selector: string) => card?.querySelector<HTMLElement>(selector)?.click();
      if (e.key === "j" || e.key === "k") {
        const next = e.key === "j" ? Math.min(at + 1, ids.length - 1) : Math.max(at - 1, 0);
        if (ids[next] !== undefined) setFocusId(ids[next]);
        if (e.key === "j" && next >= ids.length - 5) nearEnd();
      } else if (MARK_KEYS[e.key]) {
        press(`[data-testid="mark-${MARK_KEYS[e.key]}"]`);
      } else if (e.key === "n") {
        press('[data-testid="note-open"]');
      } else if (e.key === "o") {
        press('[data-testid="paper-abstract"] > summary');
      } else if (e.key === "?") {
        toggleHelp();
      } else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [ids, focusId, setFocusId, nearEnd, toggleHelp]);

  // The focused card takes the browser's focus and comes into view; cards of later pages are
  // appended below, so neither focus nor scroll moves when a page arrives.
  useEffect(() => {
    if (!focusId) return;
    const card = document.querySelector<HTMLElement>(`[data-testid="review-paper"][data-paper-id="${focusId}"]`);
    if (!card) return;
    if (!card.contains(document.activeElement)) card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }, [focusId]);
}
