// Research fashions in the simulated arXiv. A category's growth curve alone would give every
// topic the same momentum (they draw on the same categories), so a paper's own subject bends its
// curve too: papers on agents or reasoning become more frequent year on year, papers on BERT or
// GANs less so. Topics then rise and cool differently, as they do on the real arXiv. Pure.
import { normalizeWords } from "./corpus";

/** Yearly growth (log scale) that a phrase in a paper's title or abstract adds. */
const FASHIONS: readonly [phrase: string, perYear: number][] = [
  ["agent", 0.45],
  ["agents", 0.45],
  ["agentic", 0.6],
  ["reasoning", 0.35],
  ["reinforcement learning", 0.3],
  ["test time", 0.4],
  ["chain of thought", 0.3],
  ["multimodal", 0.25],
  ["vision language", 0.25],
  ["video", 0.2],
  ["retrieval augmented", 0.25],
  ["jailbreak", 0.35],
  ["safety", 0.2],
  ["mixture of experts", 0.35],
  ["kv cache", 0.4],
  ["protein", 0.2],
  ["benchmark", 0.1],
  ["bert", -0.35],
  ["lstm", -0.45],
  ["recurrent", -0.25],
  ["gan", -0.35],
  ["generative adversarial", -0.35],
  ["convolutional", -0.2],
  ["machine translation", -0.1],
  ["knowledge graph", -0.15],
];

/** The most a paper's subject can add to or take from its category's growth, per year. */
const LIMIT = 0.6;

/** A paper's extra yearly growth from its subject, in [-LIMIT, LIMIT]. */
export function subjectGrowth(title: string, summary: string): number {
  const text = normalizeWords(`${title} ${summary}`);
  let g = 0;
  for (const [phrase, perYear] of FASHIONS) if (text.includes(` ${phrase} `)) g += perYear;
  return Math.max(-LIMIT, Math.min(LIMIT, g));
}

/**
 * How much more (or less) likely a paper with that growth is to appear at `year` than in
 * 2025, the year the corpus comes from (so 2025 keeps the corpus's own mix). Capped so that
 * early years never lose a subject entirely and late years never flood with it.
 */
export function subjectFactor(growth: number, year: number): number {
  return Math.min(2.5, Math.max(0.15, Math.exp(growth * (year - 2025.5))));
}
