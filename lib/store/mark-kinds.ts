// The kinds of reading mark. Kept apart from paper-marks.ts (which is server-only) because the
// browser's forms check marks against the same list.
export const PAPER_MARKS = ["read", "shortlisted", "dismissed"] as const;
export type PaperMarkKind = (typeof PAPER_MARKS)[number];
