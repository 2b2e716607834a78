import Link from "next/link";
import { partChoices } from "../_editor/part-choices";
import { NewTopic } from "./new-topic";

export const metadata = { title: "New topic" };

export default function NewTopicPage() {
  return (
    <>
      <nav aria-label="Breadcrumb" className="muted" style={{ fontSize: "0.875rem", marginBottom: "0.4rem" }}>
        <Link href="/">Overview</Link> <span aria-hidden="true">›</span> New topic
      </nav>
      <h1>New custom topic</h1>
      <p className="lede">
        Follow a subject the roadmap does not name. Its address comes from the name; its monthly counts and papers come
        from arXiv with the query you write here, through the next sync (or the one you start after saving).
      </p>
      <NewTopic parts={partChoices()} />
    </>
  );
}
