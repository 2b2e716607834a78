// The hidden rule of the seeded review week (scripts/seed-review-week.ts): the team shortlisted
// papers about this subject and dismissed the rest. Apart from the seeder so that the e2e spec,
// which runs the seeder as its own process, can check the ranking against it.
export const HIDDEN_SUBJECT = /reinforcement/i;
