// "More like this": the papers nearest to one paper by cosine over tf-idf of title and abstract.
import { paperTokens } from "./text";
import { cosine, fitVocabulary, vectorize, type SparseVector, type Vocabulary } from "./tfidf";
import type { RankingDoc } from "./rank";

export interface SimilarityIndex {
  vocab: Vocabulary;
  ids: string[];
  vectors: SparseVector[];
}

export function buildSimilarityIndex(docs: readonly RankingDoc[]): SimilarityIndex {
  const tokens = docs.map((d) => paperTokens(d.title, d.summary));
  const vocab = fitVocabulary(tokens, 2);
  return { vocab, ids: docs.map((d) => d.id), vectors: tokens.map((t) => vectorize(t, vocab)) };
}

/** The `k` nearest papers to `target` (a paper of the index or not), never `id` itself. */
export function nearestPapers(index: SimilarityIndex, id: string, k: number, target?: RankingDoc): { id: string; similarity: number }[] {
  const at = index.ids.indexOf(id);
  const vector = at >= 0 ? index.vectors[at] : target ? vectorize(paperTokens(target.title, target.summary), index.vocab) : undefined;
  if (!vector) return [];
  const scored: { id: string; similarity: number }[] = [];
  index.vectors.forEach((v, i) => {
    if (i === at) return;
    const s = cosine(vector, v);
    if (s > 0) scored.push({ id: index.ids[i]!, similarity: s });
  });
  scored.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  return scored.slice(0, k).map((s) => ({ id: s.id, similarity: Math.round(s.similarity * 1000) / 1000 }));
}
