import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { getSavedReviewHead } from "@/lib/store/reviews";
import { getDb } from "@/lib/store/server";
import { prefetchSavedReviewPaged } from "@/app/_server/review-prefetch";
import { SavedReviewView } from "./saved-review-view";

// Today's marks come alongside the saved ones: read on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

function reviewId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = reviewId((await params).id);
  const review = id === null ? null : getSavedReviewHead(getDb(), id);
  return { title: review ? review.title : "Review not found" };
}

export default async function SavedReviewPage({ params }: Props) {
  const id = reviewId((await params).id);
  const review = id === null ? null : getSavedReviewHead(getDb(), id);
  if (!review) notFound();
  const queryClient = getQueryClient();
  // The head and a first screenful; the other papers come in pages (3,500 would be megabytes).
  await prefetchSavedReviewPaged(queryClient, review.id);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SavedReviewView id={review.id} />
    </HydrationBoundary>
  );
}
