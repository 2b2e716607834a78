// Reads the newest indexed papers of some topics for a feed: each paper once, tagged with the
// topics that found it.
import type { Db } from "../store/db";
import { listTopicPapers } from "../store/papers";
import { latestIndexListing } from "../store/index-months";
import type { ResolvedTopic } from "../topics/resolve";
import type { Paper } from "../arxiv/paper";
import { dedupePapers } from "../reviews/select";
import { FEED_ENTRIES } from "./paper-feed";

export function readFeedPapers(
  db: Db,
  topics: readonly ResolvedTopic[],
  limit = FEED_ENTRIES,
): { papers: { paper: Paper; topics: string[] }[]; fetchedAt: string | null } {
  const hits: { slug: string; paper: Paper }[] = [];
  let fetchedAt: string | null = null;
  for (const t of topics) {
    if (t.queryVersion === null) continue;
    for (const paper of listTopicPapers(db, t.slug, t.queryVersion, { limit })) hits.push({ slug: t.slug, paper });
  }
  fetchedAt = latestIndexListing(db);
  const papers = dedupePapers(hits, topics.map((t) => t.slug)).slice(0, limit);
  return { papers, fetchedAt };
}
