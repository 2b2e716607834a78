// What a review shows of a paper, live or saved: title (to arXiv), authors, submission day,
// categories, the review's topics that found it, and the abstract on demand.
import type { ReviewPaper } from "@/lib/queries/reviews";
import { canonicalAbsUrl, safeArxivLink } from "@/lib/arxiv/links";
import { formatDay } from "@/app/_components/format";
import { PaperAbstract } from "../paper-abstract";
import styles from "./review.module.css";

const SHOWN_AUTHORS = 8;

export function PaperSummary({ item, topicNames }: { item: ReviewPaper; topicNames: ReadonlyMap<string, string> }) {
  const { paper } = item;
  // Stored links are checked when parsed; checked again here so nothing else can reach an href.
  const absUrl = safeArxivLink(paper.absUrl) ?? canonicalAbsUrl(paper.id, paper.version);
  const pdfUrl = safeArxivLink(paper.pdfUrl);
  const more = paper.authors.length - SHOWN_AUTHORS;
  return (
    <>
      <h3 className={styles.paperTitle}>
        <a href={absUrl} data-testid="paper-title">
          {paper.title}
        </a>
      </h3>
      <p className={styles.paperMeta}>
        <span data-testid="paper-authors">
          {paper.authors.slice(0, SHOWN_AUTHORS).map((a) => a.name).join(", ")}
          {more > 0 ? ` + ${more} more` : ""}
        </span>
        <span>
          submitted <time dateTime={paper.published}>{formatDay(paper.published)}</time>
          {paper.version > 1 ? <span> (v{paper.version} {formatDay(paper.updated)})</span> : null}
        </span>
        <span>arXiv:{paper.id}</span>
      </p>
      <p className={styles.tags}>
        {item.topics.map((slug) => (
          <span key={slug} className={styles.topicTag} data-testid="paper-topic-tag" data-slug={slug}>
            {topicNames.get(slug) ?? slug}
          </span>
        ))}
        {paper.categories.map((c) => (
          <span key={c} className={styles.category} title={c === paper.primaryCategory ? "primary category" : undefined}>
            {c}
          </span>
        ))}
        {pdfUrl ? (
          <a href={pdfUrl} className={styles.pdf}>
            PDF
          </a>
        ) : null}
      </p>
      <PaperAbstract paper={paper} />
    </>
  );
}
