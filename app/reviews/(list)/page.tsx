import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { prefetchSavedReviews } from "@/app/_server/review-prefetch";
import { SavedReviewList } from "../saved-review-list";
import { SavedListSkeleton } from "../skeletons";

// Lists the store's saved reviews on every request.
export const dynamic = "force-dynamic";

export const metadata = { title: "Saved reviews" };

async function ListSection() {
  const queryClient = getQueryClient();
  await prefetchSavedReviews(queryClient);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SavedReviewList />
    </HydrationBoundary>
  );
}

export default function SavedReviewsPage() {
  return (
    <>
      <h1>Saved reviews</h1>
      <p className="lede">
        Each saved review keeps its papers with the marks and notes they had when it was saved, and reopens as it
        was. The next <Link href="/review">review</Link> starts where the latest one ended.
      </p>
      <Suspense fallback={<SavedListSkeleton />}>
        <ListSection />
      </Suspense>
    </>
  );
}
