import type { TopicPaper } from "@/lib/queries/topic-papers";
import { canonicalAbsUrl, safeArxivLink } from "@/lib/arxiv/links";
import { formatDay } from "@/app/_components/format";
import { PaperAbstract } from "@/app/_components/paper-abstract";
import { LabelButtons } from "@/app/_components/topic-labels/label-buttons";
import styles from "./topic.module.css";

const SHOWN_AUTHORS = 6;

export function TopicPaperItem({
  slug,
  paper,
  isNew,
  activeCategory,
  onCategory,
}: {
  slug: string;
  paper: TopicPaper;
  isNew: boolean;
  activeCategory: string | null;
  onCategory: (category: string | null) => void;
}) {
  // Stored links are checked when parsed; checked again here so nothing else can reach an href.
  const absUrl = safeArxivLink(paper.absUrl) ?? canonicalAbsUrl(paper.id, paper.version);
  const pdfUrl = safeArxivLink(paper.pdfUrl);
  const more = paper.authors.length - SHOWN_AUTHORS;
  return (
    <li className={styles.paper} data-testid="paper-row" data-paper-id={paper.id} data-new={isNew ? "true" : "false"} data-first-seen-at={paper.firstSeenAt}>
      <div className={styles.paperTitle}>
        <a href={absUrl}>{paper.title}</a>
        {isNew ? (
          <span className={styles.newMark} data-testid="new-mark" title="First seen by a sync after your last visit">
            new
          </span>
        ) : null}
      </div>
      <div className={styles.paperMeta}>
        <span>
          {paper.authors.slice(0, SHOWN_AUTHORS).map((a) => a.name).join(", ")}
          {more > 0 ? ` + ${more} more` : ""}
        </span>
        <span>
          <time dateTime={paper.published}>{formatDay(paper.published)}</time>
          {paper.version > 1 ? <span className="muted"> (v{paper.version} {formatDay(paper.updated)})</span> : null}
        </span>
      </div>
      <div className={styles.paperLinks}>
        {paper.categories.map((c) => (
          <button
            key={c}
            type="button"
            className="chip"
            aria-pressed={activeCategory === c}
            onClick={() => onCategory(activeCategory === c ? null : c)}
            title={activeCategory === c ? "Show all categories" : `Show only papers in ${c}`}
            data-testid="category-chip"
          >
            {c}
            {c === paper.primaryCategory ? <span className="visually-hidden"> (primary)</span> : null}
          </button>
        ))}
        {pdfUrl ? (
          <a href={pdfUrl} className={styles.pdf}>
            PDF
          </a>
        ) : null}
      </div>
      <LabelButtons slug={slug} paperId={paper.id} paperTitle={paper.title} />
      <PaperAbstract paper={paper} />
    </li>
  );
}
