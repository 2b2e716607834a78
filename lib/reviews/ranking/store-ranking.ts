// The team ranking and "more like this" read from the store, cached: a model is trained at most
// once per mark change (the change log's sequence) and period, lazily on the first request that
// asks for the "For the team" order, so no other request ever waits for it.
import type { Db } from "../../store/db";
import { latestMarkChangeSeq } from "../../store/review-changes";
import { rankForTeamAsync, type LabelledDoc, type RankingDoc, type TeamRanking } from "./rank";
import { paperTokens } from "./text";
import { buildSimilarityIndex, nearestPapers, type SimilarityIndex } from "./similar";

export interface CachedRanking {
  /** The mark sequence the model was trained at: pages of one ranked order share it. */
  markSeq: number;
  ranking: TeamRanking;
  /** Position of each paper in the ranked order (ready only). */
  ranks: Map<string, number>;
  byId: Map<string, { score: number; terms: { term: string; weight: number }[] }>;
  trainedMs: number;
}

const KEEP = 8;
// Insertion-ordered: the oldest entry is evicted first.
const rankings = new Map<string, CachedRanking>();

function readDocs(db: Db, ids: readonly string[]): RankingDoc[] {
  return db
    .prepare("SELECT id, title, summary FROM papers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id")
    .all(JSON.stringify(ids)) as RankingDoc[];
}

export function readTrainingMarks(db: Db): LabelledDoc[] {
  return db
    .prepare(
      `SELECT p.id, p.title, p.summary, m.mark AS label FROM paper_marks m JOIN papers p ON p.id = m.paper_id
       WHERE m.mark IN ('shortlisted', 'dismissed') ORDER BY p.id`,
    )
    .all() as LabelledDoc[];
}

// Words per paper, kept across retrains: a new mark changes the model, not the papers' words.
const tokenCache = new Map<string, string[]>();
const MAX_CACHED_TOKENS = 30_000;
function cachedTokens(d: RankingDoc): string[] {
  let t = tokenCache.get(d.id);
  if (!t) {
    t = paperTokens(d.title, d.summary);
    if (tokenCache.size >= MAX_CACHED_TOKENS) tokenCache.delete(tokenCache.keys().next().value!);
    tokenCache.set(d.id, t);
  }
  return t;
}

const inFlight = new Map<string, Promise<CachedRanking>>();

/**
 * The ranking of `periodIds` by the model of the team's marks now, trained lazily and in slices
 * (rankForTeamAsync) so other requests are served while it trains; one training per key however
 * many ask at once. `pinnedSeq` asks for the ranking an earlier page was read with, so paging
 * never reshuffles under the reader; when it is no longer cached the current one is used and
 * `markSeq` says so.
 */
export async function readTeamRanking(db: Db, periodKey: string, periodIds: readonly string[], pinnedSeq?: number): Promise<CachedRanking> {
  if (pinnedSeq !== undefined) {
    const pinned = rankings.get(`${pinnedSeq}|${periodKey}`);
    if (pinned) return pinned;
  }
  const markSeq = latestMarkChangeSeq(db);
  const key = `${markSeq}|${periodKey}`;
  const hit = rankings.get(key);
  if (hit) return hit;
  const running = inFlight.get(key);
  if (running) return running;
  const job = (async () => {
    const started = performance.now();
    // Read now (synchronously), so the model matches markSeq even if marks change while it trains.
    const training = readTrainingMarks(db);
    const docs = readDocs(db, periodIds);
    const ranking = await rankForTeamAsync(training, docs, undefined, cachedTokens);
    const ranks = new Map<string, number>();
    const byId = new Map<string, { score: number; terms: { term: string; weight: number }[] }>();
    if (ranking.status === "ready") {
      ranking.ranked.forEach((r, i) => {
        ranks.set(r.id, i);
        byId.set(r.id, { score: r.score, terms: r.terms });
      });
    }
    const cached = { markSeq, ranking, ranks, byId, trainedMs: Math.round(performance.now() - started) };
    rankings.set(key, cached);
    while (rankings.size > KEEP) rankings.delete(rankings.keys().next().value!);
    return cached;
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

// "More like this" looks in recent months only: the whole index would take seconds to vectorise.
export const SIMILAR_MONTHS = 2;
const MAX_SIMILAR_CANDIDATES = 20_000;
let similarity: { key: string; index: SimilarityIndex } | null = null;

export interface SimilarPaper {
  id: string;
  title: string;
  published: string;
  absUrl: string;
  similarity: number;
}

/** The papers nearest to `paperId` among the newest months of the index (null: paper unknown). */
export function readSimilarPapers(db: Db, paperId: string, k = 8): SimilarPaper[] | null {
  const target = db.prepare("SELECT id, title, summary, month FROM papers WHERE id = ?").get(paperId) as (RankingDoc & { month: string }) | undefined;
  if (!target) return null;
  const newest = db.prepare("SELECT MAX(month) FROM papers").pluck().get() as string;
  const [y, m] = newest.split("-").map(Number) as [number, number];
  const back = new Date(Date.UTC(y, m - 1 - (SIMILAR_MONTHS - 1), 1)).toISOString().slice(0, 7);
  const count = db.prepare("SELECT COUNT(*) FROM papers WHERE month >= ?").pluck().get(back) as number;
  // The index is rebuilt when papers arrive (a sync), not per request.
  const key = `${back}|${count}`;
  if (similarity?.key !== key) {
    const docs = db
      .prepare("SELECT id, title, summary FROM papers WHERE month >= ? ORDER BY published DESC, id DESC LIMIT ?")
      .all(back, MAX_SIMILAR_CANDIDATES) as RankingDoc[];
    similarity = { key, index: buildSimilarityIndex(docs) };
  }
  // A paper older than the window is compared with the window all the same.
  const near = nearestPapers(similarity.index, paperId, k, target);
  const rows = new Map(
    (
      db.prepare("SELECT id, title, published, abs_url AS absUrl FROM papers WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(near.map((n) => n.id))) as Omit<
        SimilarPaper,
        "similarity"
      >[]
    ).map((r) => [r.id, r]),
  );
  return near.flatMap((n) => {
    const r = rows.get(n.id);
    return r ? [{ ...r, similarity: n.similarity }] : [];
  });
}
