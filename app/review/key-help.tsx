"use client";
// The list of triage keys ("?").
import { TRIAGE_KEYS } from "./triage-keys";
import styles from "./review.module.css";

export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <section className={`panel ${styles.keyHelp}`} aria-labelledby="keys-title" data-testid="key-help">
      <h2 id="keys-title" className={styles.sideTitle}>
        Keyboard
      </h2>
      <dl className={styles.keyList}>
        {TRIAGE_KEYS.map((k) => (
          <div key={k.key}>
            <dt>
              <kbd>{k.key}</kbd>
            </dt>
            <dd>{k.does}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
