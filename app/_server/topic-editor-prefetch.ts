// Server-side prefetch of the topic editor: the topic as GET /api/topics/{slug} shows it.
import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "@/lib/store/server";
import type { ResolvedTopic } from "@/lib/topics/resolve";
import { readTopicDetail } from "@/lib/topics/topic-view";
import { topicDetailQueryOptions } from "@/lib/queries/topic-editor";

export async function prefetchTopicDetail(qc: QueryClient, topic: ResolvedTopic): Promise<void> {
  await qc.fetchQuery({ ...topicDetailQueryOptions(topic.slug), queryFn: () => readTopicDetail(getDb(), topic) });
}
