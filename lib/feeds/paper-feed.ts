// Turns cached papers of one or more topics into an Atom feed: pure, so the route only reads
// the store and the tests need no server.
import type { Paper } from "../arxiv/paper";
import type { AtomFeed } from "./atom";
import { canonicalAbsUrl, safeArxivLink } from "../arxiv/links";

export const ARXIV_CATEGORY_SCHEME = "http://arxiv.org/schemas/atom";
/** Entries per feed: feed readers poll often, and the newest papers are what they want. */
export const FEED_ENTRIES = 50;

export interface FeedTopic {
  slug: string;
  name: string;
  description: string;
}

export interface FeedInput {
  /** Absolute origin of this server, e.g. "https://radar.example.org"; "" writes relative links. */
  origin: string;
  /** Path and query of the feed itself, e.g. "/feed.xml?topics=a,b". */
  selfPath: string;
  /** The page the feed stands for, e.g. "/topics/dialogue". */
  alternatePath: string;
  topics: readonly FeedTopic[];
  /** Papers with the slugs of the feed's topics that found them. */
  papers: readonly { paper: Paper; topics: readonly string[] }[];
  /** When the newest of the topics' paper lists was fetched; null when never. */
  fetchedAt: string | null;
}

/** A feed id that stays the same whatever host serves it: a tag URI (RFC 4151). */
export function feedId(slugs: readonly string[]): string {
  return `tag:roadmap-radar,2026:topics/${[...slugs].sort().join(",")}`;
}

export function buildPaperFeed(input: FeedInput): AtomFeed {
  const names = new Map(input.topics.map((t) => [t.slug, t.name]));
  const single = input.topics.length === 1 ? input.topics[0] : undefined;
  const newestEntry = input.papers.reduce<string | null>((m, p) => (m === null || p.paper.updated > m ? p.paper.updated : m), null);
  // A feed must say when it last changed: the latest fetch, else the newest entry, else the epoch
  // (an empty feed of a never-synced topic has not changed since "ever").
  const updated = [input.fetchedAt, newestEntry].filter((x): x is string => x !== null).sort().pop() ?? "1970-01-01T00:00:00Z";
  return {
    id: feedId(input.topics.map((t) => t.slug)),
    title: single ? `Roadmap Radar: ${single.name}` : `Roadmap Radar: ${input.topics.map((t) => t.name).join(", ")}`,
    subtitle: single ? single.description : `New arXiv papers of ${input.topics.length} topics`,
    updated,
    selfUrl: `${input.origin}${input.selfPath}`,
    alternateUrl: `${input.origin}${input.alternatePath}`,
    author: "Roadmap Radar",
    generator: "Roadmap Radar",
    entries: input.papers.map(({ paper, topics }) => ({
      // The abs URL without version: one entry per paper however often it is revised.
      id: `https://arxiv.org/abs/${paper.id}`,
      title: paper.title,
      updated: paper.updated,
      published: paper.published,
      link: safeArxivLink(paper.absUrl) ?? canonicalAbsUrl(paper.id, paper.version),
      authors: paper.authors.length ? paper.authors.map((a) => a.name) : ["Unknown"],
      summary: paper.summary,
      categories: [
        ...topics.map((slug) => ({ term: slug, label: names.get(slug) ?? slug, scheme: `${input.origin}/topics` })),
        ...paper.categories.map((c) => ({ term: c, scheme: ARXIV_CATEGORY_SCHEME })),
      ],
    })),
  };
}
