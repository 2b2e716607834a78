// What the numbers count: the topic's arXiv query, links to check it at the source, and why
// it is written the way it is.
import type { TopicRecord } from "@/lib/topics/registry";
import { arxivApiFeedUrl, arxivWebSearchUrl } from "@/lib/topics/links";
import { readableQuery } from "./readable-query";
import styles from "./topic.module.css";

export function QuerySection({ topic }: { topic: TopicRecord }) {
  return (
    <section className="panel section" aria-labelledby="query-title">
      <h2 id="query-title">What is counted</h2>
      <pre className={styles.query} data-testid="topic-query" aria-label={`arXiv query: ${topic.query}`}>
        {readableQuery(topic.queryNode)}
      </pre>
      <p className={styles.queryLinks}>
        <a href={arxivWebSearchUrl(topic.query)} data-testid="arxiv-search-link">
          Search arXiv with this query
        </a>
        <a href={arxivApiFeedUrl(topic.query)} data-testid="arxiv-feed-link">
          The arXiv API feed
        </a>
      </p>
      <p className={styles.queryNotes}>{topic.queryNotes}</p>
      {topic.edited && topic.originalQuery ? (
        <details className={styles.original} data-testid="original-query">
          <summary>This query was edited here; the roadmap catalog’s original</summary>
          <pre className={styles.query}>{topic.originalQuery}</pre>
          <p className="muted">Counts of the original query are kept apart and never mixed with these.</p>
        </details>
      ) : null}
    </section>
  );
}
