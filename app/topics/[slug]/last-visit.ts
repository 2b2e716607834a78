"use client";
// "New since your last visit": the time of the previous visit to a topic is kept in
// localStorage. It is read once per page load (and the new visit written), so re-renders and
// React's double mount in development do not move the line.
import { useSyncExternalStore } from "react";

const key = (slug: string) => `radar-last-visit:${slug}`;
/** slug -> previous visit (ISO) or null for a first visit, as captured on this page load. */
const captured = new Map<string, string | null>();

function capture(slug: string): string | null {
  if (!captured.has(slug)) {
    let previous: string | null = null;
    try {
      previous = localStorage.getItem(key(slug));
      localStorage.setItem(key(slug), new Date().toISOString());
    } catch {
      // Storage unavailable: every visit is a first visit.
    }
    captured.set(slug, previous);
  }
  return captured.get(slug) ?? null;
}

const noSubscription = () => () => {};

/**
 * The previous visit's time, or null on a first visit, on the server and while hydrating
 * (so nothing is marked new until the browser knows).
 */
export function usePreviousVisit(slug: string): string | null {
  return useSyncExternalStore(noSubscription, () => capture(slug), () => null);
}

export function isNewSince(firstSeenAt: string, previousVisit: string | null): boolean {
  return previousVisit !== null && firstSeenAt > previousVisit;
}
