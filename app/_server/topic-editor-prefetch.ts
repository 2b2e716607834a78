// Server-side prefetch of the topic editor: the topic as GET /api/topics/{slug} shows it.
import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "@/lib/store/server";
import { listQueryVersions } from "@/lib/store";
import type { TopicRecord } from "@/lib/topics/registry";
import { topicDetailQueryOptions, type TopicDetail } from "@/lib/queries/topic-editor";
import { topicJson } from "@/app/api/topics/topic-json";

export function readTopicDetail(topic: TopicRecord): TopicDetail {
  const db = getDb();
  return { topic: topicJson(db, topic), queryVersions: listQueryVersions(db, topic.slug) };
}

export async function prefetchTopicDetail(qc: QueryClient, topic: TopicRecord): Promise<void> {
  await qc.fetchQuery({ ...topicDetailQueryOptions(topic.slug), queryFn: () => readTopicDetail(topic) });
}
