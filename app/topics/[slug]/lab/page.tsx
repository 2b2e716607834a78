import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resolveTopic, type ResolvedTopic } from "@/lib/topics/resolve";
import { getDb } from "@/lib/store/server";
import { QueryLab } from "./query-lab";

// Reads the live store on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

function labTopic(slug: string): ResolvedTopic | null {
  return resolveTopic(getDb(), slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = labTopic((await params).slug);
  return { title: topic ? `Query lab: ${topic.name}` : "Topic not found" };
}

export default async function QueryLabPage({ params }: Props) {
  const topic = labTopic((await params).slug);
  if (!topic) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="muted" style={{ fontSize: "0.875rem", marginBottom: "0.4rem" }}>
        <Link href="/">Overview</Link> <span aria-hidden="true">›</span> <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>{" "}
        <span aria-hidden="true">›</span> Query lab
      </nav>
      <h1>Query lab: {topic.name}</h1>
      <p className="lede">
        Write a draft beside the current query and see, month by month over the local index, which papers it would gain and
        which it would lose, with how readers labelled them. Nothing changes until you save the draft as the new version.
      </p>
      <QueryLab slug={topic.slug} currentQuery={topic.query} />
    </>
  );
}
