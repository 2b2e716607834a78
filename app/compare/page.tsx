import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Suspense } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { loadCatalog } from "@/lib/topics/catalog";
import { listTopics } from "@/lib/topics/registry";
import { resolveTopic } from "@/lib/topics/resolve";
import { getDb } from "@/lib/store/server";
import { loadScope } from "@/lib/index/scope";
import { CUSTOM_PART } from "@/lib/topics/overview";
import { prefetchOverlap, prefetchOverview, prefetchTopicCounts } from "@/app/_server/prefetch";
import { OverlapMatrix } from "./overlap-matrix";
import { requestNow } from "@/app/_server/request-clock";
import { FeedIcon, PageActions } from "@/app/_components/page-actions";
import { CompareChart } from "./compare-chart";
import { CompareControls } from "./compare-controls";
import { CompareMetrics } from "./compare-metrics";
import { parseCompareParams, type CompareView } from "./compare-params";
import { CompareChartSkeleton, CompareMetricsSkeleton } from "./skeletons";
import type { PartOption, TopicOption } from "./topic-options";
import styles from "./compare.module.css";

// Reads the live store on every request.
export const dynamic = "force-dynamic";

export const metadata = { title: "Compare" };

const BASELINE_SLUG = "baseline-cs";

/** The counts behind the view, months and topics as shown (and the baseline a share divides by). */
function countsCsvHref(view: CompareView): string {
  const topics = view.mode === "share" ? [...view.topics, BASELINE_SLUG] : view.topics;
  return `/api/exports/counts?topics=${topics.join(",")}&from=${view.from}&to=${view.to}`;
}

async function ChartSection({ view, topics, scopeCategories, asOf }: { view: CompareView; topics: TopicOption[]; scopeCategories: number; asOf: string }) {
  const queryClient = getQueryClient();
  const slugs = view.mode === "share" ? [...view.topics, BASELINE_SLUG] : view.topics;
  await Promise.all(
    slugs.map((slug) => {
      const topic = resolveTopic(getDb(), slug, { baselines: true });
      return topic ? prefetchTopicCounts(queryClient, topic, { from: view.from, to: view.to }) : null;
    }),
  );
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CompareChart view={view} topics={topics} baselineSlug={BASELINE_SLUG} scopeCategories={scopeCategories} asOf={asOf} />
    </HydrationBoundary>
  );
}

async function MetricsSection({ slugs }: { slugs: string[] }) {
  const queryClient = getQueryClient();
  await prefetchOverview(queryClient);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CompareMetrics slugs={slugs} />
    </HydrationBoundary>
  );
}

async function OverlapSection({ view, topics }: { view: CompareView; topics: TopicOption[] }) {
  const queryClient = getQueryClient();
  const db = getDb();
  await prefetchOverlap(queryClient, view.topics.flatMap((slug) => resolveTopic(db, slug, { baselines: true }) ?? []), view.from, view.to);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverlapMatrix slugs={view.topics} from={view.from} to={view.to} topics={topics} />
    </HydrationBoundary>
  );
}

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Same topics, order and colours as the overview: roadmap topics, then live custom ones.
  const topics: TopicOption[] = listTopics(getDb())
    .filter((t) => !t.archived)
    .flatMap((t) => (t.part === "baseline" ? [] : [{ slug: t.slug, name: t.name, part: t.part }]))
    .map((t, colorIndex) => ({ ...t, colorIndex }));
  const hasCustom = topics.some((t) => t.part === "custom");
  const parts: PartOption[] = [...loadCatalog().parts, ...(hasCustom ? [CUSTOM_PART] : [])];
  const now = requestNow();
  const { view, problems } = parseCompareParams(await searchParams, topics.map((t) => t.slug), now);
  const asOf = now.toISOString();
  const scopeCategories = loadScope().categories.length;

  return (
    <>
      <h1>Compare topics</h1>
      <p className="lede">
        Put topics side by side: raw monthly counts, an index that starts every topic at 100, or each topic’s share of
        all papers harvested in the index’s scope ({scopeCategories} categories). Click a month to list its papers. The
        address bar holds the whole view, so the link reproduces it.
      </p>
      <PageActions label="Downloads and feed" testId="compare-actions">
        <a href={countsCsvHref(view)} className="button" download data-testid="compare-counts-csv">
          ↓ Download counts (CSV)
        </a>
        <a href={`/feed.xml?topics=${view.topics.join(",")}`} className="button" type="application/atom+xml" data-testid="compare-feed">
          <FeedIcon /> Atom feed of these topics
        </a>
      </PageActions>
      {problems.length > 0 ? (
        <div className="notice" role="status" data-testid="compare-problems">
          <strong>Some of this link could not be used:</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section className="panel section" aria-label="What to compare">
        <CompareControls key={`${view.from}-${view.to}`} view={view} topics={topics} parts={parts} scopeCategories={scopeCategories} asOf={asOf} />
      </section>
      <div className={styles.results}>
        <section className="panel" aria-labelledby="compare-chart-title">
          <h2 id="compare-chart-title">Over time</h2>
          <Suspense fallback={<CompareChartSkeleton />}>
            <ChartSection view={view} topics={topics} scopeCategories={scopeCategories} asOf={asOf} />
          </Suspense>
        </section>
        <section className="panel" aria-labelledby="compare-metrics-title">
          <h2 id="compare-metrics-title">Momentum</h2>
          <Suspense fallback={<CompareMetricsSkeleton rows={view.topics.length} />}>
            <MetricsSection slugs={view.topics} />
          </Suspense>
        </section>
      </div>
      {view.topics.length > 0 ? (
        <section className={`panel ${styles.overlapSection}`} aria-labelledby="compare-overlap-title" data-testid="overlap-section">
          <h2 id="compare-overlap-title">Overlap: the same papers?</h2>
          <Suspense fallback={<div className="skeleton" style={{ height: "10rem" }} />}>
            <OverlapSection view={view} topics={topics} />
          </Suspense>
        </section>
      ) : null}
    </>
  );
}
