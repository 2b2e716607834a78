// Reads the newest indexed papers of some topics for a feed: each paper once, tagged with the
// topics that found it.
import type { Db } from "../store/db";
import { findQueryVersion } from "../store/query-versions";
import { listTopicPapers } from "../store/papers";
import { latestIndexListing } from "../store/index-months";
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
  }
  fetchedAt = latestIndexListing(db);
  const papers = dedupePapers(hits, topics.map((t) => t.slug)).slice(0, limit);
  return { papers, fetchedAt };
}
