// The local cache: everything the pages show comes from here, never from arXiv directly.
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
export * from "./index-months";
export * from "./pacing";
export * from "./review-changes";
export * from "./review-pages";
export * from "./saved-review-pages";
