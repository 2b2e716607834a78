"use client";
// Puts the theme script into the server HTML only (useServerInsertedHTML), so it runs before
// the first paint and React never renders a <script> element itself (which it warns about).
import { useServerInsertedHTML } from "next/navigation";
import { useLayoutEffect, useRef } from "react";
import { THEME_SCRIPT, THEME_STORAGE_KEY } from "./theme-script";

export function ThemeScriptTag({ nonce }: { nonce?: string }) {
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    return <script id="theme-script" nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
  });
  // When Next renders a page entirely in the browser (a not-found thrown by a page), React
  // takes over <html> and drops the attribute the script set: set it again before paint.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (root.dataset.theme) return;
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(THEME_STORAGE_KEY);
    } catch {
      // No storage: follow the system.
    }
    root.dataset.theme =
      saved === "light" || saved === "dark" ? saved : matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }, []);
  return null;
}
