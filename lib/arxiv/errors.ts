// Every way a call to arXiv can fail, as typed errors. `transient` is the one thing callers
// (lib/sync) need to decide: try again later, or show the message and stop.

/** Why an attempt failed, as the retry policy sees it. */
export type FailureKind =
  // transient: arXiv or the network misbehaved; the same request may succeed later
  | "rate-limited" // HTTP 429, plain-text body "Rate exceeded."
  | "server-error" // HTTP 5xx
  | "network" // connection refused, reset, DNS…
  | "timeout" // no complete answer within ARXIV_TIMEOUT_MS
  | ResponseProblem
  | "empty-page" // zero entries although totalResults says more exist
  | "short-page" // fewer entries than asked for although totalResults says more exist
  // permanent: asking again gives the same answer
  | "error-feed" // arXiv's Atom error feed (HTTP 400, entry titled "Error")
  | "client-error"; // any other HTTP 4xx

/** What was wrong with a response body that should have been an Atom feed. */
export type ResponseProblem =
  | "empty-body"
  | "not-xml"
  | "malformed-xml"
  | "truncated"
  | "not-a-feed"
  | "invalid-feed";

export const PERMANENT_FAILURES: ReadonlySet<FailureKind> = new Set(["error-feed", "client-error"]);

export abstract class ArxivError extends Error {
  abstract readonly kind: FailureKind | "unavailable";
  /** True when the same request may succeed later. */
  abstract readonly transient: boolean;
}

/** The body is not a usable Atom feed (empty, not XML, truncated, wrong shape). Transient. */
export class ArxivResponseError extends ArxivError {
  override readonly name = "ArxivResponseError";
  readonly transient = true;
  constructor(
    readonly kind: ResponseProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * arXiv answered with its error feed: one entry titled "Error", author "arXiv api core".
 * Thrown by the Atom parser, which does not know the HTTP status; the client turns it into an
 * `ArxivApiError`.
 */
export class ArxivErrorFeedError extends ArxivError {
  override readonly name = "ArxivErrorFeedError";
  readonly kind = "error-feed" as const;
  readonly transient = false;
  constructor(
    /** arXiv's own words, e.g. "incorrect id format for abc". */
    readonly arxivMessage: string,
    /** The entry id, e.g. "https://arxiv.org/api/errors#incorrect_id_format_for_abc". */
    readonly errorUrl: string | null,
  ) {
    super(`arXiv refused the query: ${arxivMessage}`);
  }
}

/** arXiv refused the request (error feed or another 4xx). Permanent: do not retry. */
export class ArxivApiError extends ArxivError {
  override readonly name = "ArxivApiError";
  readonly transient = false;
  constructor(
    readonly kind: "error-feed" | "client-error",
    readonly status: number,
    /** arXiv's message (error-feed summary, or the start of the body), when there is one. */
    readonly arxivMessage: string | null,
    readonly url: string,
  ) {
    super(
      arxivMessage
        ? `arXiv refused the request (HTTP ${status}): ${arxivMessage}`
        : `arXiv refused the request (HTTP ${status})`,
    );
  }
}

/** One failed attempt, as remembered for the final error and the request log. */
export interface AttemptFailure {
  kind: FailureKind;
  message: string;
  httpStatus: number | null;
}

/** Every attempt failed with a transient problem. Transient: try again in a later sync. */
export class ArxivUnavailableError extends ArxivError {
  override readonly name = "ArxivUnavailableError";
  readonly kind = "unavailable" as const;
  readonly transient = true;
  constructor(
    readonly attempts: number,
    readonly lastFailure: AttemptFailure,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(
      `arXiv did not give a usable answer after ${attempts} attempt${attempts === 1 ? "" : "s"}; ` +
        `last failure: ${lastFailure.message}`,
      options,
    );
  }
}
