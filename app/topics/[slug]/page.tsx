import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";
import type { MonthSpan } from "@/lib/queries/topic-counts";
import { NO_PAPER_FILTER } from "@/lib/queries/topic-papers";
import { findTopic, loadCatalog, type Topic } from "@/lib/topics/catalog";
import { prefetchOverview, prefetchTopicCounts, prefetchTopicPapers } from "@/app/_server/prefetch";
import { requestNow } from "@/app/_server/request-clock";
import { chartSpan, fetchSpan, parseChartRange } from "./chart-range";
import { LatestPapers } from "./latest-papers";
import { MonthlyChartPanel } from "./monthly-chart-panel";
import { QuerySection } from "./query-section";
import { RangePicker } from "./range-picker";
import { ChartSkeleton, MomentumSkeleton, PapersSkeleton } from "./skeletons";
import { TopicMomentum } from "./topic-momentum";
import styles from "./topic.module.css";

// Reads the live store on every request.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Only the 16 roadmap topics have pages; the share baseline is not a topic. */
function roadmapTopic(slug: string): Topic | null {
  const topic = findTopic(slug);
  return topic && topic.part !== "baseline" ? topic : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = roadmapTopic((await params).slug);
  return topic ? { title: topic.name, description: topic.description } : { title: "Topic not found" };
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

async function ChartSection({ topic, span, asOf }: { topic: Topic; span: MonthSpan; asOf: string }) {
  const queryClient = getQueryClient();
  await prefetchTopicCounts(queryClient, topic, fetchSpan(span));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <MonthlyChartPanel slug={topic.slug} name={topic.name} span={span} asOf={asOf} />
    </HydrationBoundary>
  );
}

async function PapersSection({ topic }: { topic: Topic }) {
  const queryClient = getQueryClient();
  await prefetchTopicPapers(queryClient, topic, NO_PAPER_FILTER);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LatestPapers slug={topic.slug} />
    </HydrationBoundary>
  );
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = roadmapTopic((await params).slug);
  if (!topic) notFound();
  const now = requestNow();
  const { range, problem } = parseChartRange(await searchParams, now);
  const span = chartSpan(range, now);
  const part = loadCatalog().parts.find((p) => p.id === topic.part);

  return (
    <article data-testid="topic-page" data-slug={topic.slug}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/">Overview</Link> <span aria-hidden="true">›</span> {part?.name}
      </nav>
      <h1>{topic.name}</h1>
      <p className="lede">{topic.description}</p>
      <Suspense fallback={<MomentumSkeleton />}>
        <MomentumSection slug={topic.slug} />
      </Suspense>

      <section className="panel section" aria-labelledby="chart-title">
        <div className={styles.chartHead}>
          <h2 id="chart-title">Papers per month</h2>
          <RangePicker key={`${span.from}-${span.to}`} slug={topic.slug} range={range} from={span.from} to={span.to} />
        </div>
        {problem ? (
          <p className="notice" role="status" data-testid="range-problem">
            {problem}
          </p>
        ) : null}
        <Suspense fallback={<ChartSkeleton />}>
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
