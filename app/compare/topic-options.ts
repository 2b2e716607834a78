// The topics a compare view can pick from, as plain data the client components receive.
import type { RoadmapPart } from "@/lib/topics/catalog";

export interface TopicOption {
  slug: string;
  name: string;
  part: RoadmapPart;
  /** Catalog position: the topic's series colour everywhere in the app. */
  colorIndex: number;
}

export interface PartOption {
  id: RoadmapPart;
  name: string;
}
