// Reads the newest cached papers of some topics for a feed: each paper once, tagged with the
// topics that found it.
import type { Db } from "../store/db";
import { findQueryVersion } from "../store/query-versions";
import { getTopicPapersFetchedAt, listTopicPapers } from "../store/papers";
import type { TopicRecord } from "../topics/registry";
import type { Paper } from "../arxiv/paper";
import { dedupePapers } from "../reviews/select";
import { FEED_ENTRIES } from "./paper-feed";

export function readFeedPapers(
  db: Db,
  topics: readonly TopicRecord[],
  limit = FEED_ENTRIES,
): { papers: { paper: Paper; topics: string[] }[]; fetchedAt: string | null } {
  const hits: { slug: string; paper: Paper }[] = [];
  let fetchedAt: string | null = null;
  for (const t of topics) {
    const version = findQueryVersion(db, t.slug, t.query);
    if (version === null) continue;
    for (const paper of listTopicPapers(db, t.slug, version, { limit })) hits.push({ slug: t.slug, paper });
    const at = getTopicPapersFetchedAt(db, t.slug, version);
    if (at !== null && (fetchedAt === null || at > fetchedAt)) fetchedAt = at;
  }
  const papers = dedupePapers(hits, topics.map((t) => t.slug)).slice(0, limit);
  return { papers, fetchedAt };
}
