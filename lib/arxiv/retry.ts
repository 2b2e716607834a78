// When to try a failed arXiv request again, and how long to wait first. Pure, so the whole
// policy is visible in one table of tests.
import { PERMANENT_FAILURES, type FailureKind } from "./errors";

export interface RetryPolicy {
  /** Retries after the first attempt (ARXIV_MAX_RETRIES). */
  maxRetries: number;
  /** Delay before the first retry, before jitter. */
  baseDelayMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
}

// arXiv asks for 3 s between requests; 429s come after stalls of 15-120 s (arxiv.py #203), so
// the later waits are long, but never longer than a minute each.
export const DEFAULT_BASE_DELAY_MS = 3000;
export const DEFAULT_MAX_DELAY_MS = 60_000;

/** HTTP status → failure kind, or null when the status itself is fine (2xx). */
export function failureKindOfStatus(status: number): FailureKind | null {
  if (status >= 200 && status < 300) return null;
  if (status === 429) return "rate-limited";
  if (status >= 500) return "server-error";
  // 3xx should have been followed by fetch; anything else we cannot use is the caller's fault.
  return "client-error";
}

/**
 * How long to wait before attempt `failedAttempt + 1`, or "give-up".
 * `failedAttempt` counts from 1 (the first request). Exponential backoff with "equal jitter":
 * half the delay is fixed, half random, so a burst of clients spreads out yet none retries
 * almost at once. A 429 waits twice as long: arXiv asked us to slow down.
 */
export function retryDelay(failedAttempt: number, kind: FailureKind, policy: RetryPolicy): number | "give-up" {
  if (PERMANENT_FAILURES.has(kind)) return "give-up";
  if (failedAttempt > policy.maxRetries) return "give-up";
  const factor = kind === "rate-limited" ? 2 : 1;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * factor * 2 ** (failedAttempt - 1));
  const random = policy.random ?? Math.random;
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
