// Serves a paper feed: reads the topics' newest cached papers and answers Atom.
import type { Db } from "../store/db";
import type { ResolvedTopic } from "../topics/resolve";
import { renderAtomFeed } from "./atom";
import { buildPaperFeed } from "./paper-feed";
import { readFeedPapers } from "./read";
import { publicOrigin } from "../http/public-url";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export function atomFeedResponse(
  db: Db,
  req: Request,
  topics: readonly ResolvedTopic[],
  paths: { self: string; alternate: string },
): Response {
  const { papers, fetchedAt } = readFeedPapers(db, topics);
  const feed = buildPaperFeed({
    // RADAR_PUBLIC_URL, else the host the reader asked for; never the address Next listens on.
    origin: publicOrigin(req.headers),
    selfPath: paths.self,
    alternatePath: paths.alternate,
    topics,
    papers,
    fetchedAt,
  });
  return new Response(renderAtomFeed(feed), {
    headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=600" },
  });
}
