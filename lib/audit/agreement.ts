// How an audited number reads: local / arXiv, and whether it falls outside the tolerance. Pure.
import { z } from "zod";
import { addMonths, lastFullMonth, type MonthKey } from "../calendar/months";

/** |1 - local/arXiv| above this is highlighted (AUDIT_TOLERANCE, a fraction; default 2 %). */
export const DEFAULT_TOLERANCE = 0.02;

export function loadTolerance(env: Record<string, string | undefined> = process.env): number {
  return z.coerce.number().min(0).max(1).default(DEFAULT_TOLERANCE).parse(env.AUDIT_TOLERANCE);
}

export type AgreementState = "agrees" | "outside" | "suspect" | "both-zero";

export interface Agreement {
  /** local / arXiv; null when arXiv's total is 0. */
  ratio: number | null;
  state: AgreementState;
}

export function agreement(localCount: number, arxivTotal: number, suspect: boolean, tolerance: number): Agreement {
  if (suspect) return { ratio: null, state: "suspect" };
  if (arxivTotal === 0) return localCount === 0 ? { ratio: null, state: "both-zero" } : { ratio: null, state: "outside" };
  const ratio = localCount / arxivTotal;
  return { ratio, state: Math.abs(1 - ratio) > tolerance ? "outside" : "agrees" };
}

/** The default topic sample: the last `n` closed months, oldest first. */
export function defaultSampleMonths(now: Date, n = 3): MonthKey[] {
  const last = lastFullMonth(now);
  return Array.from({ length: n }, (_, k) => addMonths(last, k - n + 1));
}
