// "For the team": rank a period's papers by a model of what the team shortlisted against what
// it dismissed, with the terms behind each score. Too few marks: say so, keep newest first.
import { dot, trainLogisticSteps, type TrainingOptions } from "./classifier";
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

/**
 * The ranking as steps: it yields every few milliseconds of work, so the server can run it
 * between requests (rankForTeamAsync) while tests and the benchmark run it straight through.
 */
export function* rankForTeamSteps(
  training: readonly LabelledDoc[],
  candidates: readonly RankingDoc[],
  options?: TrainingOptions,
  tokens: (d: RankingDoc) => string[] = (d) => paperTokens(d.title, d.summary),
): Generator<void, TeamRanking> {
  const positives = training.filter((d) => d.label === "shortlisted").length;
  const negatives = training.length - positives;
  if (positives < MIN_MARKS_PER_CLASS || negatives < MIN_MARKS_PER_CLASS) {
    return { status: "too-few-marks", positives, negatives, needed: MIN_MARKS_PER_CLASS };
  }
  const trainTokens: string[][] = [];
  for (const [i, d] of training.entries()) {
    trainTokens.push(tokens(d));
    if (i % 400 === 399) yield;
  }
  const candidateTokens: string[][] = [];
  for (const [i, d] of candidates.entries()) {
    candidateTokens.push(tokens(d));
    if (i % 400 === 399) yield;
  }
  // idf from both sets: a term common in this week's papers explains little about any of them.
  const vocab = fitVocabulary([...trainTokens, ...candidateTokens], 2);
  yield;
  const samples = trainTokens.map((t, i) => ({ x: vectorize(t, vocab), y: training[i]!.label === "shortlisted" ? (1 as const) : (0 as const) }));
  yield;
  const model = yield* trainLogisticSteps(samples, vocab.terms.length, options);
  const ranked: RankedPaper[] = [];
  for (const [i, d] of candidates.entries()) {
    const x = vectorize(candidateTokens[i]!, vocab);
    ranked.push({ id: d.id, score: Math.round(dot(model, x) * 1e6) / 1e6, terms: topTerms(model, x, vocab) });
    if (i % 400 === 399) yield;
  }
  // Highest score first; ties by id so the order never depends on the input order.
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { status: "ready", positives, negatives, ranked };
}

export function rankForTeam(training: readonly LabelledDoc[], candidates: readonly RankingDoc[], options?: TrainingOptions): TeamRanking {
  const steps = rankForTeamSteps(training, candidates, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps with a turn of the event loop between them: requests are served meanwhile. */
export async function rankForTeamAsync(...args: Parameters<typeof rankForTeamSteps>): Promise<TeamRanking> {
  const steps = rankForTeamSteps(...args);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
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
