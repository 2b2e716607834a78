// Cache contract of a topic's on-topic labels and rate (GET/POST /api/topics/{slug}/labels).
import { queryOptions } from "@tanstack/react-query";
import type { TopicLabelKind, TopicLabelsAnswer } from "../topics/labels";
import { fetchJson } from "./fetch-json";
import { writeHeaders } from "./write-token";
import { topicsKey } from "./topic-counts";

export type { VersionedTopicLabel, TopicLabelKind, TopicLabelsAnswer } from "../topics/labels";

export const topicLabelsKey = (slug: string) => [...topicsKey, slug, "labels"] as const;

export function topicLabelsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: topicLabelsKey(slug),
    queryFn: () => fetchJson<TopicLabelsAnswer>(`/api/topics/${encodeURIComponent(slug)}/labels`),
  });
}

export interface LabelRequest {
  paperId: string;
  /** null clears the label. */
  label: TopicLabelKind | null;
  reviewer: string;
}

export function labelTopicPaper(slug: string, request: LabelRequest): Promise<TopicLabelsAnswer> {
  return fetchJson<TopicLabelsAnswer>(`/api/topics/${encodeURIComponent(slug)}/labels`, {
    method: "POST",
    headers: { "content-type": "application/json", ...writeHeaders() },
    body: JSON.stringify(request),
  });
}
