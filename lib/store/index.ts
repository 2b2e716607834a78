// The store (SQLite): the local index of harvested papers and the topic matches and counts
// computed from it, the team's marks, notes, reviews and labels, and the sync's and audit's
// records. Everything the pages show is read from here, never from arXiv directly.
export * from "./db";
export * from "./counts";
export * from "./papers";
export * from "./query-versions";
export * from "./sync-runs";
export * from "./topic-definitions";
export * from "./paper-marks";
export * from "./paper-notes";
export * from "./period-papers";
export * from "./reviews";
export * from "./index-papers";
export * from "./topic-index";
export { previewMonthlyMatches } from "./term-cache";
export * from "./index-months";
export * from "./pacing";
export * from "./audits";
export * from "./review-changes";
export * from "./review-pages";
export * from "./saved-review-pages";
export * from "./topic-labels";
export * from "./seq-papers";
export * from "./topic-overlap";
