"use client";
// Cycles system -> light -> dark. The label is only known in the browser, so the server and
// the hydrating render show a neutral one (useSyncExternalStore's server snapshot).
import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, type ThemeChoice } from "./theme-script";
import { readStored, subscribeStored, writeStored } from "@/lib/queries/local-storage";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "Auto", light: "Light", dark: "Dark" };

function readChoice(): ThemeChoice {
  const saved = readStored(THEME_STORAGE_KEY);
  return saved === "light" || saved === "dark" ? saved : "system";
}

function applyChoice(choice: ThemeChoice): void {
  // Without storage (private mode) the choice lasts for this page only.
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  writeStored(THEME_STORAGE_KEY, choice === "system" ? null : choice);
}

export function ThemeToggle() {
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribeStored, readChoice, () => null);
  const next = choice ? NEXT[choice] : null;
  return (
    <button
      type="button"
      className="button"
      data-testid="theme-toggle"
      data-theme-choice={choice ?? undefined}
      onClick={() => choice && applyChoice(NEXT[choice])}
      aria-label={choice && next ? `Colour theme: ${LABEL[choice]}. Switch to ${LABEL[next]}` : "Colour theme"}
      title="Colour theme: automatic (follows the system), light or dark"
    >
      <span aria-hidden="true">◐</span> {choice ? LABEL[choice] : "Theme"}
    </button>
  );
}
