import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";
import type { MonthSpan } from "@/lib/queries/topic-counts";
import { NO_PAPER_FILTER } from "@/lib/queries/topic-papers";
import { loadCatalog } from "@/lib/topics/catalog";
import { resolveTopic, type ResolvedTopic } from "@/lib/topics/resolve";
import { getDb } from "@/lib/store/server";
import { prefetchOverview, prefetchTopicCounts, prefetchTopicLabels, prefetchTopicPapers } from "@/app/_server/prefetch";
import { LabellerName, OnTopicRate } from "@/app/_components/topic-labels/on-topic-rate";
import { FeedIcon, PageActions } from "@/app/_components/page-actions";
import { requestNow } from "@/app/_server/request-clock";
import { chartSpan, fetchSpan, parseChartRange } from "./chart-range";
import { LatestPapers } from "./latest-papers";
import { MonthlyChartPanel } from "./monthly-chart-panel";
import { QuerySection } from "./query-section";
import { ChartSkeleton, MomentumSkeleton, PapersSkeleton } from "./skeletons";
import { TopicMomentum } from "./topic-momentum";
import styles from "./topic.module.css";

// Reads the live store on every request.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Roadmap and custom topics have pages; the share baseline is not a topic. */
function pageTopic(slug: string): ResolvedTopic | null {
  return resolveTopic(getDb(), slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = pageTopic((await params).slug);
  if (!topic) return { title: "Topic not found" };
  return {
    title: topic.name,
    description: topic.description,
    // Lets feed readers find the topic's feed from the page itself.
    alternates: { types: { "application/atom+xml": [{ url: `/topics/${topic.slug}/feed.xml`, title: `${topic.name}: new papers` }] } },
  };
}

async function MomentumSection({ slug }: { slug: string }) {
  const queryClient = getQueryClient();
  await prefetchOverview(queryClient);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TopicMomentum slug={slug} />
    </HydrationBoundary>
  );
}

/** Prefetches the range in the URL; the client reads the same URL and so the same key. */
async function ChartSection({ topic, span, asOf }: { topic: ResolvedTopic; span: MonthSpan; asOf: string }) {
  const queryClient = getQueryClient();
  await prefetchTopicCounts(queryClient, topic, fetchSpan(span));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <MonthlyChartPanel slug={topic.slug} name={topic.name} asOf={asOf} />
    </HydrationBoundary>
  );
}

/** The labels are prefetched with the papers: their buttons and the rate read the same cache. */
async function RateSection({ topic }: { topic: ResolvedTopic }) {
  const queryClient = getQueryClient();
  await prefetchTopicLabels(queryClient, topic);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OnTopicRate slug={topic.slug} />
    </HydrationBoundary>
  );
}

async function PapersSection({ topic }: { topic: ResolvedTopic }) {
  const queryClient = getQueryClient();
  await Promise.all([prefetchTopicPapers(queryClient, topic, NO_PAPER_FILTER), prefetchTopicLabels(queryClient, topic)]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LatestPapers slug={topic.slug} />
    </HydrationBoundary>
  );
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = pageTopic((await params).slug);
  if (!topic) notFound();
  const now = requestNow();
  const span = chartSpan(parseChartRange(await searchParams, now).range, now);
  const partName = loadCatalog().parts.find((p) => p.id === topic.part)?.name ?? "Custom topics";

  return (
    <article data-testid="topic-page" data-slug={topic.slug}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/">Overview</Link> <span aria-hidden="true">›</span> {partName}
      </nav>
      <h1>{topic.name}</h1>
      <p className="lede">{topic.description}</p>
      <PageActions label="Edit and export" testId="topic-actions">
        <Link href={`/topics/${topic.slug}/edit`} className="button" data-testid="edit-topic">
          Edit topic
        </Link>
        <a href={`/api/topics/${topic.slug}/export?format=bibtex`} className="button" download data-testid="topic-export-bibtex" title="The topic’s cached papers as BibTeX">
          ↓ BibTeX
        </a>
        <a href={`/api/topics/${topic.slug}/export?format=csv`} className="button" download data-testid="topic-export-csv" title="The topic’s cached papers as CSV">
          ↓ CSV
        </a>
        <a href={`/topics/${topic.slug}/feed.xml`} className="button" type="application/atom+xml" data-testid="topic-feed">
          <FeedIcon /> Atom feed
        </a>
      </PageActions>
      {topic.archived ? (
        <p className="notice" data-testid="topic-archived">
          This custom topic is archived: its cached data are kept, but syncs no longer refresh it.
        </p>
      ) : null}
      <Suspense fallback={<MomentumSkeleton />}>
        <MomentumSection slug={topic.slug} />
      </Suspense>

      <section className="panel section" aria-labelledby="rate-title" data-testid="on-topic-section">
        <h2 id="rate-title">How often it is on-topic</h2>
        <div className={styles.rateRow}>
          <Suspense fallback={<span className="skeleton" style={{ display: "inline-block", width: "16rem", height: "1.3rem" }} />}>
            <RateSection topic={topic} />
          </Suspense>
          <LabellerName />
          <Link href={`/topics/${topic.slug}/lab`} className="button" data-testid="open-lab">
            Query lab
          </Link>
        </div>
        <p className="muted">
          Readers label this query version’s papers on- or off-topic below and in a month’s list; the rate counts the
          labelled papers the current query still matches, with a 95% interval.
        </p>
      </section>

      <section className="panel section" aria-labelledby="chart-title">
        <Suspense
          fallback={
            <>
              <h2 id="chart-title">Papers per month</h2>
              <ChartSkeleton />
            </>
          }
        >
          <ChartSection topic={topic} span={span} asOf={now.toISOString()} />
        </Suspense>
      </section>

      <QuerySection topic={topic} />

      <section className="panel section" aria-labelledby="papers-title">
        <h2 id="papers-title">Latest papers</h2>
        <Suspense fallback={<PapersSkeleton />}>
          <PapersSection topic={topic} />
        </Suspense>
      </section>
    </article>
  );
}
