// A saved review read in pages, like the live one: its head (tally as saved, "changed since",
// group sizes, from SQL) and its papers a page at a time, with today's marks and notes beside.
import { z } from "zod";
import type { Db } from "../store/db";
import { getPaperMarks } from "../store/paper-marks";
import { getPaperNotes } from "../store/paper-notes";
import { getSavedReviewHead, type SavedReviewSummary } from "../store/reviews";
import { countSavedReviewPapers, listSavedReviewPage, type SavedPaperFilter } from "../store/saved-review-pages";
import type { TopicCoverage } from "./coverage";
import type { ReopenedReviewPaper } from "./saved";
import type { MarkTally } from "./select";
import { ReviewCursorError } from "./paged";

export type { SavedPaperFilter } from "../store/saved-review-pages";

export interface SavedReviewHead extends SavedReviewSummary {
  coverage: TopicCoverage[];
  /** Marks as saved. */
  tally: MarkTally;
  /** Papers whose mark or notes changed since the review was saved. */
  changed: number;
  filter: SavedPaperFilter;
  shown: number;
  groups: { key: string; label: string; listed: number }[];
}

export interface SavedReviewPagePaper extends ReopenedReviewPaper {
  group: string;
}

export interface SavedReviewPage {
  papers: SavedReviewPagePaper[];
  next: string | null;
}

export function readSavedReviewHead(db: Db, id: number, filter: SavedPaperFilter): SavedReviewHead | null {
  const head = getSavedReviewHead(db, id);
  if (!head) return null;
  const counts = countSavedReviewPapers(db, id, head.grouping, filter);
  const names = new Map(head.topics.map((t) => [t.slug, t.name]));
  return {
    ...head,
    coverage: head.coverage as TopicCoverage[],
    tally: counts.tally,
    changed: counts.changed,
    filter,
    shown: counts.shown,
    groups: counts.groups.map((g) => ({ key: g.key, label: names.get(g.key) ?? g.key, listed: g.listed })),
  };
}

const cursorSchema = z.tuple([z.number().int(), z.number().int()]);

export function readSavedReviewPage(db: Db, id: number, filter: SavedPaperFilter, after: string | null, limit: number): SavedReviewPage | null {
  const head = getSavedReviewHead(db, id);
  if (!head) return null;
  let key: [number, number] | null = null;
  if (after !== null) {
    try {
      key = cursorSchema.parse(JSON.parse(Buffer.from(after, "base64url").toString("utf8")));
    } catch {
      throw new ReviewCursorError("the page cursor is not one this server gave");
    }
  }
  const { rows, hasMore } = listSavedReviewPage(db, id, head.grouping, filter, key, limit);
  const ids = rows.map((r) => r.paper.id);
  const marks = getPaperMarks(db, ids);
  const notes = getPaperNotes(db, ids);
  const last = rows.at(-1);
  return {
    papers: rows.map(({ key: _key, ...r }) => ({ ...r, current: { mark: marks.get(r.paper.id) ?? null, notes: notes.get(r.paper.id) ?? [] } })),
    next: hasMore && last ? Buffer.from(JSON.stringify(last.key)).toString("base64url") : null,
  };
}
