import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { FeedIcon, PageActions } from "../_components/page-actions";
import { prefetchOverview } from "../_server/prefetch";
import { RankingTable } from "./ranking-table";
import { RankingSkeleton, TopicGridSkeleton } from "./skeletons";
import { TopicGrid } from "./topic-grid";
import styles from "./overview.module.css";

// Reads the live store on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Overview",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Roadmap Radar: new papers of every topic" }] } },
};

async function TopicGridSection() {
  const queryClient = getQueryClient();
  await prefetchOverview(queryClient);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TopicGrid />
    </HydrationBoundary>
  );
}

async function RankingSection() {
  const queryClient = getQueryClient();
  await prefetchOverview(queryClient);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RankingTable />
    </HydrationBoundary>
  );
}

export default function OverviewPage() {
  return (
    <>
      <h1>Overview</h1>
      <p className="lede">
        New arXiv submissions per month for the 16 topics of{" "}
        <a href="https://arxiv.org/abs/2203.14101">“A Roadmap for Big Model”</a>, grouped by the
        roadmap’s four parts. Every number is the count of version-1 submissions (GMT month) matching
        the topic’s query, cross-lists included; the running month is shown apart because it is not
        over.
      </p>
      <PageActions label="Topics and feed" testId="overview-actions">
        <Link href="/topics/new" className="button" data-testid="new-topic">
          + New custom topic
        </Link>
        <a href="/feed.xml" className="button" type="application/atom+xml" data-testid="overview-feed" title="The newest papers of every live topic">
          <FeedIcon /> Atom feed of all topics
        </a>
      </PageActions>
      <div className={styles.layout}>
        <Suspense fallback={<TopicGridSkeleton />}>
          <TopicGridSection />
        </Suspense>
        <section className={`panel ${styles.rankingPanel}`} aria-labelledby="ranking-title">
          <h2 id="ranking-title">Ranking by momentum</h2>
          <Suspense fallback={<RankingSkeleton />}>
            <RankingSection />
          </Suspense>
        </section>
      </div>
    </>
  );
}
