// The topics a review can cover, as plain data the client components receive from the page.
import type { OverviewPart } from "@/lib/queries/overview";

export interface ReviewTopicOption {
  slug: string;
  name: string;
  part: OverviewPart;
}

export interface ReviewPartOption {
  id: OverviewPart;
  name: string;
}
