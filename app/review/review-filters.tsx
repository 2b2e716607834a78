"use client";
// Filters and order, applied on the server: topic, arXiv category, mark, words, found by 2+
// topics, and the order (by topic, by day, or "For the team"). On-topic labels belong to a
// paper under one topic and are set on the card; they are not a filter here.
import { useState } from "react";
import type { MarkFilter, PagedReviewRequest, ReviewSummary } from "@/lib/queries/reviews";
import styles from "./review.module.css";

const MARKS: { id: MarkFilter; label: string }[] = [
  { id: "all", label: "Any mark" },
  { id: "unmarked", label: "Unmarked" },
  { id: "marked", label: "Marked" },
  { id: "read", label: "Read" },
  { id: "shortlisted", label: "Shortlisted" },
  { id: "dismissed", label: "Dismissed" },
];

export function ReviewFilters({ request, summary, onApply }: { request: PagedReviewRequest; summary: ReviewSummary; onApply: (next: PagedReviewRequest) => void }) {
  const [text, setText] = useState(request.q ?? "");
  const order = request.rank === "team" ? "team" : request.group;
  return (
    <form
      className={styles.filters}
      aria-label="Filter and order the papers"
      data-testid="review-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...request, q: text.trim() || undefined });
      }}
    >
      <label>
        Order
        <select
          className="input"
          value={order}
          onChange={(e) => {
            const v = e.target.value;
            onApply(v === "team" ? { ...request, rank: "team" } : { ...request, rank: undefined, group: v === "date" ? "date" : "topic" });
          }}
          data-testid="review-order"
        >
          <option value="topic">By topic</option>
          <option value="date">By day</option>
          <option value="team">For the team</option>
        </select>
      </label>
      <label>
        Topic
        <select className="input" value={request.topic ?? ""} onChange={(e) => onApply({ ...request, topic: e.target.value || undefined })} data-testid="filter-topic">
          <option value="">All topics</option>
          {summary.topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select className="input" value={request.category ?? ""} onChange={(e) => onApply({ ...request, category: e.target.value || undefined })} data-testid="filter-category">
          <option value="">All categories</option>
          {summary.categories.map((c) => (
            <option key={c.category} value={c.category}>
              {c.category} ({c.papers})
            </option>
          ))}
        </select>
      </label>
      <label>
        Mark
        <select
          className="input"
          value={request.mark ?? "all"}
          onChange={(e) => onApply({ ...request, mark: e.target.value === "all" ? undefined : (e.target.value as MarkFilter) })}
          data-testid="filter-mark"
        >
          {MARKS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Words
        <input className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="title, abstract, author" data-testid="filter-text" />
      </label>
      <label className={styles.inline}>
        <input type="checkbox" checked={!!request.multi} onChange={(e) => onApply({ ...request, multi: e.target.checked || undefined })} data-testid="filter-multi" />
        Found by 2+ topics ({summary.multiTopic})
      </label>
      <button type="submit" className="button" data-testid="filter-apply">
        Filter
      </button>
    </form>
  );
}
