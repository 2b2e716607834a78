// "For the team": rank a period's papers by a model of what the team shortlisted against what
// it dismissed, with the terms behind each score. Too few marks: say so, keep newest first.
import { dot, trainLogistic, type TrainingOptions } from "./classifier";
import { topTerms, type TermWeight } from "./explain";
import { paperTokens } from "./text";
import { fitVocabulary, vectorize } from "./tfidf";

export const MIN_MARKS_PER_CLASS = 5;

export interface RankingDoc {
  id: string;
  title: string;
  summary: string;
}

export interface LabelledDoc extends RankingDoc {
  label: "shortlisted" | "dismissed";
}

export interface RankedPaper {
  id: string;
  score: number;
  terms: TermWeight[];
}

export type TeamRanking =
  | { status: "ready"; positives: number; negatives: number; ranked: RankedPaper[] }
  | { status: "too-few-marks"; positives: number; negatives: number; needed: number };

export function rankForTeam(training: readonly LabelledDoc[], candidates: readonly RankingDoc[], options?: TrainingOptions): TeamRanking {
  const positives = training.filter((d) => d.label === "shortlisted").length;
  const negatives = training.length - positives;
  if (positives < MIN_MARKS_PER_CLASS || negatives < MIN_MARKS_PER_CLASS) {
    return { status: "too-few-marks", positives, negatives, needed: MIN_MARKS_PER_CLASS };
  }
  const trainTokens = training.map((d) => paperTokens(d.title, d.summary));
  const candidateTokens = candidates.map((d) => paperTokens(d.title, d.summary));
  // idf from both sets: a term common in this week's papers explains little about any of them.
  const vocab = fitVocabulary([...trainTokens, ...candidateTokens], 2);
  const samples = trainTokens.map((t, i) => ({ x: vectorize(t, vocab), y: training[i]!.label === "shortlisted" ? (1 as const) : (0 as const) }));
  const model = trainLogistic(samples, vocab.terms.length, options);
  const ranked = candidates.map((d, i) => {
    const x = vectorize(candidateTokens[i]!, vocab);
    return { id: d.id, score: Math.round(dot(model, x) * 1e6) / 1e6, terms: topTerms(model, x, vocab) };
  });
  // Highest score first; ties by id so the order never depends on the input order.
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { status: "ready", positives, negatives, ranked };
}

/** Probability that a random positive scores above a random negative (ties count half). */
export function areaUnderCurve(scored: readonly { score: number; positive: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.positive) (rankSum += mid), pos++;
    i = j;
  }
  const neg = sorted.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
