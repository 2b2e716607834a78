"use client";
// The header's navigation; marks the current section for screen readers and the eye.
import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./site-header.module.css";

const LINKS = [
  { href: "/", label: "Overview", isCurrent: (p: string) => p === "/" || p.startsWith("/topics/") },
  { href: "/compare", label: "Compare", isCurrent: (p: string) => p.startsWith("/compare") },
  // Saved reviews (/reviews) belong to the review section too.
  { href: "/review", label: "Review", isCurrent: (p: string) => p === "/review" || p.startsWith("/review/") || p.startsWith("/reviews") },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={styles.nav}>
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          className={styles.navLink}
          aria-current={l.isCurrent(pathname) ? "page" : undefined}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
