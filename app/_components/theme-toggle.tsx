"use client";
// Cycles system -> light -> dark. The label is only known in the browser, so the server and
// the hydrating render show a neutral one (useSyncExternalStore's server snapshot).
import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, type ThemeChoice } from "./theme-script";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "Auto", light: "Light", dark: "Dark" };

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    return "system";
  }
}

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

function applyChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  for (const l of listeners) l();
}

export function ThemeToggle() {
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribe, readChoice, () => null);
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
