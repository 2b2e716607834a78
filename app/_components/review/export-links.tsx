// Download links of a review (BibTeX for the reference manager, CSV for a sheet, the Markdown
// report for the meeting notes).
import type { ReviewExportFormat } from "@/lib/queries/reviews";
import styles from "./review.module.css";

const LABEL: Record<ReviewExportFormat, string> = { bibtex: "BibTeX", csv: "CSV", markdown: "Markdown report" };
const FORMATS: ReviewExportFormat[] = ["markdown", "bibtex", "csv"];

export function ExportLinks({ href, testIdPrefix }: { href: (format: ReviewExportFormat) => string; testIdPrefix: string }) {
  return (
    <ul className={styles.exports} aria-label="Downloads">
      {FORMATS.map((f) => (
        <li key={f}>
          <a href={href(f)} download className="button" data-testid={`${testIdPrefix}-${f}`}>
            <span aria-hidden="true">↓</span> {LABEL[f]}
          </a>
        </li>
      ))}
    </ul>
  );
}
