// Why a paper ranks where it does: the terms that add most to its score (weight x tf-idf).
import type { LinearModel } from "./classifier";
import type { SparseVector, Vocabulary } from "./tfidf";

export interface TermWeight {
  term: string;
  weight: number;
}

export function topTerms(model: LinearModel, x: SparseVector, vocab: Vocabulary, n = 4): TermWeight[] {
  const parts: TermWeight[] = [];
  for (let k = 0; k < x.idx.length; k++) {
    const i = x.idx[k]!;
    const weight = model.weights[i]! * x.val[k]!;
    if (weight > 0) parts.push({ term: vocab.terms[i]!, weight });
  }
  // Ties by term, so the explanation is as deterministic as the score.
  parts.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  return parts.slice(0, n).map((p) => ({ term: p.term, weight: Math.round(p.weight * 1000) / 1000 }));
}
