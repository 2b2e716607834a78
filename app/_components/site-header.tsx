import Link from "next/link";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" className={styles.logo}>
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M12 12 L20 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          Roadmap Radar
        </Link>
        <NavLinks />
        <div className={styles.tools}>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
