"use client";
// The topic's latest cached papers: text filter, category chips, "Load more" by offset, and a
// "new" mark on papers a sync found after the visitor's previous visit.
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { NO_PAPER_FILTER, topicPapersQueryOptions } from "@/lib/queries/topic-papers";
import { formatUtc } from "@/app/_components/format";
import { useDebouncedValue } from "@/app/_components/use-debounced-value";
import { isNewSince, usePreviousVisit } from "./last-visit";
import { TopicPaperItem } from "./topic-paper-item";
import styles from "./topic.module.css";

export function LatestPapers({ slug }: { slug: string }) {
  const [text, setText] = useState(NO_PAPER_FILTER.text);
  const [category, setCategory] = useState<string | null>(NO_PAPER_FILTER.category);
  const deferredText = useDebouncedValue(text.trim(), 300);
  const query = useInfiniteQuery({
    ...topicPapersQueryOptions(slug, { category, text: deferredText }),
    placeholderData: keepPreviousData,
  });
  const previousVisit = usePreviousVisit(slug);
  const papers = query.data?.pages.flatMap((p) => p.papers) ?? [];
  const newCount = papers.filter((p) => isNewSince(p.firstSeenAt, previousVisit)).length;
  const filtered = category !== null || deferredText !== "";

  return (
    <div data-testid="latest-papers">
      <div className={styles.paperTools}>
        <label className={styles.filterLabel}>
          <span>Filter</span>
          <input
            type="search"
            className="input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="title, abstract or author"
            maxLength={200}
            data-testid="paper-filter"
          />
        </label>
        {category ? (
          <button type="button" className="chip" aria-pressed="true" onClick={() => setCategory(null)} data-testid="active-category">
            {category} <span aria-hidden="true">×</span>
            <span className="visually-hidden">, remove category filter</span>
          </button>
        ) : null}
        <span className="muted" aria-live="polite" data-testid="papers-status">
          {query.isFetching && !query.isFetchingNextPage ? "Searching…" : null}
          {!query.isFetching && previousVisit && newCount > 0
            ? `${newCount} new since your last visit (${formatUtc(previousVisit)})`
            : null}
        </span>
      </div>
      {query.error && papers.length === 0 ? (
        <p role="alert" className="alert">
          Papers could not be loaded: {query.error.message}{" "}
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      ) : papers.length === 0 && !query.isFetching ? (
        <p className="muted" data-testid="no-papers">
          {filtered ? "No cached paper matches this filter." : "No papers cached for this topic yet: run a sync."}
        </p>
      ) : (
        <ol className={styles.papers} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {papers.map((p) => (
            <TopicPaperItem
              key={p.id}
              slug={slug}
              paper={p}
              isNew={isNewSince(p.firstSeenAt, previousVisit)}
              activeCategory={category}
              onCategory={setCategory}
            />
          ))}
        </ol>
      )}
      {query.hasNextPage ? (
        <button
          type="button"
          className="button"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          data-testid="load-more"
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
      {query.error && papers.length > 0 ? (
        <p role="alert" className="muted">
          More papers could not be loaded: {query.error.message}
        </p>
      ) : null}
    </div>
  );
}
