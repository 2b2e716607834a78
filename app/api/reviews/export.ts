// A review (live or saved) as a download: BibTeX or CSV of its papers, or the Markdown report.
import { z } from "zod";
import type { Db } from "@/lib/store/db";
import { bibtexChunks } from "@/lib/exports/bibtex";
import { papersCsvChunks } from "@/lib/exports/papers-csv";
import { renderReviewReport } from "@/lib/exports/review-report";
import { reviewReportInput, type ReportableReview } from "@/lib/exports/review-report-input";
import { MEDIA_TYPES, downloadResponse, streamedDownload } from "@/lib/http/download";

export const exportFormatSchema = z.enum(["bibtex", "csv", "markdown"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

const EXTENSION: Record<ExportFormat, string> = { bibtex: "bib", csv: "csv", markdown: "md" };

export function reviewDownload(
  db: Db,
  review: ReportableReview,
  format: ExportFormat,
  fileBase: string,
  now: Date,
  options: { bom?: boolean } = {},
): Response {
  const papers = review.groups.flatMap((g) => g.papers);
  const filename = `${fileBase}.${EXTENSION[format]}`;
  switch (format) {
    case "bibtex":
      return streamedDownload(
        bibtexChunks(papers.map((p) => p.paper), { keywords: new Map(papers.map((p) => [p.paper.id, p.topics])) }),
        MEDIA_TYPES.bibtex,
        filename,
      );
    case "csv":
      return streamedDownload(
        papersCsvChunks(papers.map((p) => ({ paper: p.paper, review: p })), { review: true, bom: options.bom }),
        MEDIA_TYPES.csv,
        filename,
      );
    case "markdown":
      return downloadResponse(renderReviewReport(reviewReportInput(db, review, now)), MEDIA_TYPES.markdown, filename);
  }
}
