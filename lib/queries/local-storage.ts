// localStorage for the browser-side preferences (theme, reviewer name, team token): reads and
// writes that never throw (private modes refuse storage), and one change signal that React's
// useSyncExternalStore can subscribe to, fired for writes here and in other tabs.

const listeners = new Set<() => void>();

export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` (null or "" removes it); false when the browser refused. Notifies subscribers. */
export function writeStored(key: string, value: string | null): boolean {
  let saved = true;
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    saved = false;
  }
  notifyStored();
  return saved;
}

/** Tells subscribers that something they derive from storage changed. */
export function notifyStored(): void {
  for (const l of listeners) l();
}

export function subscribeStored(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}
