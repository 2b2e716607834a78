import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getQueryClient } from "@/lib/queries/get-query-client";
import { resolveTopic, type ResolvedTopic } from "@/lib/topics/resolve";
import { getDb } from "@/lib/store/server";
import { prefetchTopicDetail } from "@/app/_server/topic-editor-prefetch";
import { partChoices } from "../../_editor/part-choices";
import { TopicEditor } from "./topic-editor";

// Edits the live store: always read fresh.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** Roadmap and custom topics (archived ones too) can be edited; the share baseline cannot. */
function editableTopic(slug: string): ResolvedTopic | null {
  return resolveTopic(getDb(), slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = editableTopic((await params).slug);
  return { title: topic ? `Edit ${topic.name}` : "Topic not found" };
}

export default async function EditTopicPage({ params }: Props) {
  const topic = editableTopic((await params).slug);
  if (!topic) notFound();
  const queryClient = getQueryClient();
  await prefetchTopicDetail(queryClient, topic);
  return (
    <>
      <nav aria-label="Breadcrumb" className="muted" style={{ fontSize: "0.875rem", marginBottom: "0.4rem" }}>
        <Link href="/">Overview</Link> <span aria-hidden="true">›</span> <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>{" "}
        <span aria-hidden="true">›</span> Edit
      </nav>
      <h1>Edit “{topic.name}”</h1>
      <p className="lede">
        {topic.origin === "roadmap"
          ? "A roadmap topic: you can change its name, description and query here; “Restore original query” brings back the catalog’s definition."
          : "A custom topic of this server: change any field, or archive it."}{" "}
        Its address stays <code>/topics/{topic.slug}</code>.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TopicEditor slug={topic.slug} parts={partChoices()} />
      </HydrationBoundary>
    </>
  );
}
