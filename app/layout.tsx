import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { Suspense, type ReactNode } from "react";
import { SiteHeader } from "./_components/site-header";
import { SyncStatusSection } from "./_components/sync-status/sync-status-section";
import { SyncStatusSkeleton } from "./_components/sync-status/sync-status-skeleton";
import { ThemeScriptTag } from "./_components/theme-script-tag";
import { Providers } from "./providers";
import "./theme.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Roadmap Radar", template: "%s · Roadmap Radar" },
  description:
    "Publication momentum on arXiv for the 16 topics of the survey “A Roadmap for Big Model”, from a local cache.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's per-request nonce (proxy.ts), which the Content-Security-Policy asks of every script.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The inline script sets data-theme before paint; React must not undo it on hydration.
    <html lang="en" suppressHydrationWarning>
      <body>
        <ThemeScriptTag nonce={nonce} />
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <Suspense fallback={<SyncStatusSkeleton />}>
            <SyncStatusSection />
          </Suspense>
          <main id="main" className="page">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
