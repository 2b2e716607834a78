"use client";
// False in the server render and during hydration, true once React runs in the browser: the
// page marks itself interactive with it (data-hydrated), which the end-to-end tests wait for.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
