// The one way the app talks to arXiv: paced by the request queue, every attempt timed out,
// transient failures retried with backoff, arXiv's refusals surfaced with arXiv's own words.
import type { MonthKey } from "@/lib/calendar/months";
import { parseAtomFeed } from "./atom";
import { loadArxivConfig, type ArxivConfig } from "./config";
import {
  ArxivApiError,
  ArxivErrorFeedError,
  ArxivResponseError,
  ArxivUnavailableError,
  type AttemptFailure,
  type FailureKind,
} from "./errors";
import type { Paper, ResultPage } from "./paper";
import { countMonthQuery } from "./query";
import type { QueryNode } from "./query-ast";
import { getArxivRequestQueue, realSleep, type Clock, type RequestQueue, type Sleep } from "./queue";
import { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, failureKindOfStatus, retryDelay } from "./retry";
import { resolveSearchRequest, searchUrl, type ResolvedSearchRequest, type SearchRequest } from "./search-url";

/** Counting reads only totalResults, but asks for one entry: the backend fails on zero. */
export const COUNT_PAGE_SIZE = 1;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** One attempt, reported after it ends (and after the retry decision). */
export interface ArxivRequestEvent {
  url: string;
  /** 1 for the first attempt of a request, 2 for its first retry… */
  attempt: number;
  /** Clock time (ms) at which the attempt left the queue. */
  startedAt: number;
  durationMs: number;
  httpStatus: number | null;
  outcome: "ok" | FailureKind;
  /** What went wrong, when something did. */
  message: string | null;
  /** Wait before the next attempt; null when none follows. */
  retryInMs: number | null;
  /** totalResults of a successful page. */
  totalResults: number | null;
}

export interface ArxivClientOptions {
  config: ArxivConfig;
  /** Default: the global fetch. */
  fetch?: FetchLike;
  /** Default: the process-wide queue for config.apiUrl's host. */
  queue?: RequestQueue;
  /** Backoff waits. Default: setTimeout. */
  sleep?: Sleep;
  now?: Clock;
  /** Jitter source for backoff, [0, 1). */
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called after every attempt, for request logs. Errors thrown by it are ignored. */
  onRequest?: (event: ArxivRequestEvent) => void;
}

export interface RequestOptions {
  /** Cancels the request; an aborted request is never retried. */
  signal?: AbortSignal;
  /**
   * A page with fewer entries than asked for, although totalResults says more exist, is a
   * failure to retry (harvests count what they stored; a short page would leave a hole).
   */
  requireFullPage?: boolean;
}

/** Page size of a harvest: arXiv's maximum, so a month of the scope costs as few requests as possible. */
export const HARVEST_PAGE_SIZE = 2000;

type AttemptResult =
  | { ok: true; page: ResultPage; httpStatus: number }
  | { ok: false; failure: AttemptFailure; error: Error; permanent: boolean };

function bodySnippet(body: string): string {
  const t = body.replace(/\s+/g, " ").trim();
  return t.length > 120 ? `${t.slice(0, 120)}…` : t;
}

function transient(kind: FailureKind, message: string, httpStatus: number | null, cause?: unknown): AttemptResult {
  const error = cause instanceof Error ? cause : new Error(message);
  return { ok: false, failure: { kind, message, httpStatus }, error, permanent: false };
}

function permanent(error: ArxivApiError): AttemptResult {
  return { ok: false, failure: { kind: error.kind, message: error.message, httpStatus: error.status }, error, permanent: true };
}

export class ArxivClient {
  readonly config: ArxivConfig;
  private readonly fetch: FetchLike;
  private readonly queue: RequestQueue;
  private readonly sleep: Sleep;
  private readonly now: Clock;
  private readonly options: ArxivClientOptions;

  constructor(options: ArxivClientOptions) {
    this.options = options;
    this.config = options.config;
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.queue = options.queue ?? getArxivRequestQueue(options.config);
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
  }

  /**
   * One page of results. Throws `ArxivApiError` (permanent: arXiv refused the query),
   * `ArxivUnavailableError` (transient: every attempt failed) or RangeError (bad paging).
   */
  async search(request: SearchRequest, options: RequestOptions = {}): Promise<ResultPage> {
    const resolved = resolveSearchRequest(request);
    const url = searchUrl(this.config.apiUrl, resolved);
    const { signal } = options;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      let startedAt = 0;
      const result = await this.queue.run((at) => {
        startedAt = at;
        return this.attempt(url, resolved, options);
      });
      const base = { url, attempt, startedAt, durationMs: this.now() - startedAt };
      if (result.ok) {
        this.report({ ...base, httpStatus: result.httpStatus, outcome: "ok", message: null, retryInMs: null, totalResults: result.page.totalResults });
        return result.page;
      }
      const { failure } = result;
      const delay = result.permanent
        ? "give-up"
        : retryDelay(attempt, failure.kind, {
            maxRetries: this.config.maxRetries,
            baseDelayMs: this.options.baseDelayMs ?? this.config.retryBaseMs ?? DEFAULT_BASE_DELAY_MS,
            maxDelayMs: this.options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
            random: this.options.random,
          });
      this.report({
        ...base,
        httpStatus: failure.httpStatus,
        outcome: failure.kind,
        message: failure.message,
        retryInMs: delay === "give-up" ? null : delay,
        totalResults: null,
      });
      if (result.permanent) throw result.error;
      if (delay === "give-up") throw new ArxivUnavailableError(attempt, failure, url, { cause: result.error });
      // A 429 is about this client as a whole: hold every queued request back, not just this one.
      if (failure.kind === "rate-limited") this.queue.holdOff(delay);
      else await this.sleep(delay);
    }
  }

  /**
   * Papers matching `query` first submitted in the GMT `month`: the totalResults of the query
   * ANDed with the month's submittedDate range, fetched with one entry per request.
   */
  async countMonthlyPublications(query: QueryNode, month: MonthKey, options: RequestOptions = {}): Promise<number> {
    const page = await this.search({ query: countMonthQuery(query, month), start: 0, maxResults: COUNT_PAGE_SIZE }, options);
    return page.totalResults;
  }

  /**
   * One page of a harvest listing: `query` (scope AND a submittedDate slice) in submission
   * order, oldest first, so papers submitted while paging arrive on later pages. Short and
   * empty pages are retried like any transient failure.
   */
  async listPage(query: QueryNode, start: number, maxResults: number, options: RequestOptions = {}): Promise<ResultPage> {
    return this.search(
      { query, start, maxResults, sortBy: "submittedDate", sortOrder: "ascending" },
      { ...options, requireFullPage: true },
    );
  }

  private report(event: ArxivRequestEvent): void {
    try {
      this.options.onRequest?.(event);
    } catch {
      // A broken logger must not turn a good answer into a failure.
    }
  }

  private async attempt(url: string, request: ResolvedSearchRequest, options: RequestOptions): Promise<AttemptResult> {
    const { signal } = options;
    const { start } = request;
    signal?.throwIfAborted();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.config.timeoutMs);
    const forwardAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", forwardAbort, { once: true });

    const lostConnection = (e: unknown): AttemptResult => {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) return transient("timeout", `no complete answer within ${this.config.timeoutMs} ms`, null, e);
      return transient("network", `network error: ${e instanceof Error ? e.message : String(e)}`, null, e);
    };

    try {
      let response: Response;
      let body: string;
      try {
        response = await this.fetch(url, {
          headers: { "User-Agent": this.config.userAgent, Accept: "application/atom+xml" },
          signal: controller.signal,
        });
        // The body is read under the same timeout: arXiv sometimes stalls mid-response.
        body = await response.text();
      } catch (e) {
        return lostConnection(e);
      }
      const status = response.status;
      const statusKind = failureKindOfStatus(status);
      if (statusKind === "client-error") return permanent(this.refusal(status, body, url));
      if (statusKind) {
        // 429 comes with the plain-text body "Rate exceeded.", not XML; keep it for the log.
        return transient(statusKind, `HTTP ${status}${body.trim() ? `: ${bodySnippet(body)}` : ""}`, status);
      }

      let page: ResultPage;
      try {
        page = parseAtomFeed(body);
      } catch (e) {
        if (e instanceof ArxivErrorFeedError) return permanent(new ArxivApiError("error-feed", status, e.arxivMessage, url));
        if (e instanceof ArxivResponseError) return transient(e.kind, e.message, status, e);
        throw e;
      }
      // arXiv sometimes serves an empty page in the middle of a result set (arxiv.py #43,
      // #157, #175); asking again usually works. An empty page is only real past the end.
      if (page.papers.length === 0 && page.totalResults > start) {
        return transient("empty-page", `no entries at start=${start} although totalResults is ${page.totalResults}`, status);
      }
      const expected = Math.min(request.maxResults, page.totalResults - start);
      if (options.requireFullPage && page.papers.length < expected) {
        return transient("short-page", `${page.papers.length} entries at start=${start}, expected ${expected} (totalResults ${page.totalResults})`, status);
      }
      return { ok: true, page, httpStatus: status };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", forwardAbort);
    }
  }

  /** A 4xx: arXiv's error feed when it sent one, else the start of whatever it sent. */
  private refusal(status: number, body: string, url: string): ArxivApiError {
    try {
      parseAtomFeed(body);
    } catch (e) {
      if (e instanceof ArxivErrorFeedError) return new ArxivApiError("error-feed", status, e.arxivMessage, url);
    }
    return new ArxivApiError("client-error", status, bodySnippet(body) || null, url);
  }
}

/** A client for the configured arXiv (environment read now), sharing the process-wide queue. */
export function createArxivClient(overrides: Partial<ArxivClientOptions> = {}): ArxivClient {
  return new ArxivClient({ ...overrides, config: overrides.config ?? loadArxivConfig() });
}
