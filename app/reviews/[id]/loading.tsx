import { SavedReviewSkeleton } from "../skeletons";

export default function Loading() {
  return <SavedReviewSkeleton />;
}
