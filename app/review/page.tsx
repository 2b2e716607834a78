import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";
import type { PagedReviewRequest } from "@/lib/queries/reviews";
import { loadCatalog } from "@/lib/topics/catalog";
import { listTopics } from "@/lib/topics/registry";
import { getDb } from "@/lib/store/server";
import { CUSTOM_PART } from "@/lib/topics/overview";
import { prefetchPagedReview } from "@/app/_server/review-prefetch";
import { parseReviewParams } from "./review-params";
import { ReviewWorkspace } from "./review-workspace";
import type { ReviewPartOption, ReviewTopicOption } from "./review-topics";
import { WorkspaceSkeleton } from "./skeletons";

// Reads the live store (and today's marks) on every request.
export const dynamic = "force-dynamic";

export const metadata = { title: "Review" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function WorkspaceSection({ request, topics, parts }: { request: PagedReviewRequest; topics: ReviewTopicOption[]; parts: ReviewPartOption[] }) {
  const queryClient = getQueryClient();
  await prefetchPagedReview(queryClient, request);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ReviewWorkspace topics={topics} parts={parts} />
    </HydrationBoundary>
  );
}

export default async function ReviewPage({ searchParams }: Props) {
  const request = parseReviewParams(await searchParams);
  // Roadmap topics, then live custom ones: what a review covers by default.
  const topics: ReviewTopicOption[] = listTopics(getDb()).flatMap((t) =>
    t.part === "baseline" || t.archived ? [] : [{ slug: t.slug, name: t.name, part: t.part }],
  );
  const parts: ReviewPartOption[] = [...loadCatalog().parts, ...(topics.some((t) => t.part === "custom") ? [CUSTOM_PART] : [])];

  return (
    <>
      <h1>Team review</h1>
      <p className="lede">
        Every new paper of a period across the topics you follow, each listed once with all the topics that found it.
        Mark what you read, shortlist what matters, leave notes for the team, then save the review for the meeting
        notes. Earlier reviews are under <Link href="/reviews">saved reviews</Link>.
      </p>
      <Suspense fallback={<WorkspaceSkeleton />}>
        <WorkspaceSection request={request} topics={topics} parts={parts} />
      </Suspense>
    </>
  );
}
