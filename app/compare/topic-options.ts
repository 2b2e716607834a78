// The topics a compare view can pick from, as plain data the client components receive.
import type { OverviewPart } from "@/lib/queries/overview";

export interface TopicOption {
  slug: string;
  name: string;
  part: OverviewPart;
  /** Catalog position: the topic's series colour everywhere in the app. */
  colorIndex: number;
}

export interface PartOption {
  id: OverviewPart;
  name: string;
}
