"use client";
// The browser's clock as React state, ticking every 30 s. It is null on the server and during
// hydration, so anything relative to "now" is rendered only once the page is live.
import { useSyncExternalStore } from "react";

const TICK_MS = 30_000;
let now: number | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot(): number {
  // Refreshed lazily too: with nothing subscribed the timer is off and the value goes stale.
  const t = Date.now();
  if (now === null || t - now >= TICK_MS) now = t;
  return now;
}

export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
