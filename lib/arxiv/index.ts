// The arXiv adapter's public surface. Wire types (Atom, URLs) stay inside lib/arxiv.
export type { Author, Paper, ResultPage } from "./paper";
export { QUERY_FIELDS, type QueryField, type QueryNode } from "./query-ast";
export {
  MAX_QUERY_LENGTH,
  QuerySyntaxError,
  countMonthQuery,
  describeQuery,
  parseQuery,
  parseTopicQuery,
  renderQuery,
  submittedDateRangeProblem,
  topicQueryProblem,
  withSubmittedDate,
  type SubmittedDateRange,
} from "./query";
export { parseAtomFeed } from "./atom";
export {
  ARXIV_TERMS_MIN_INTERVAL_MS,
  REAL_ARXIV_API_URL,
  ArxivConfigError,
  arxivUserAgent,
  isLoopbackHost,
  isSimulatedArxiv,
  loadArxivConfig,
  type ArxivConfig,
} from "./config";
export {
  ArxivApiError,
  ArxivError,
  ArxivErrorFeedError,
  ArxivResponseError,
  ArxivUnavailableError,
  type AttemptFailure,
  type FailureKind,
  type ResponseProblem,
} from "./errors";
export { RequestQueue, getArxivRequestQueue, type Clock, type RequestQueueOptions, type Sleep } from "./queue";
export { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, failureKindOfStatus, retryDelay, type RetryPolicy } from "./retry";
export {
  MAX_RESULTS_PER_QUERY,
  MAX_RESULTS_PER_REQUEST,
  searchUrl,
  type SearchRequest,
  type SortBy,
  type SortOrder,
} from "./search-url";
export {
  ArxivClient,
  COUNT_PAGE_SIZE,
  LATEST_PAGE_SIZE,
  createArxivClient,
  type ArxivClientOptions,
  type ArxivRequestEvent,
  type FetchLike,
  type RequestOptions,
} from "./client";
