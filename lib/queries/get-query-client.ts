// One QueryClient per server request (React `cache` scopes it to the render) and one for the
// whole life of the browser tab, so prefetched data and client reads share a cache.
import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";
import { cache } from "react";
import { ApiRequestError } from "./fetch-json";

/** Hydrated data stays fresh this long, so the browser never refetches what the server just read. */
export const FRESH_MS = 30_000;

/** Tries of a failed read before its error shows. */
export const MAX_QUERY_RETRIES = 3;

/**
 * A 4xx says the request itself is wrong (a bad date, an unknown topic): asking again gives the
 * same answer, so the error shows at once. Network failures and 5xx are retried.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_QUERY_RETRIES;
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // On the server a prefetch reads the store directly: a failure is final, never retried.
      queries: { staleTime: FRESH_MS, refetchOnWindowFocus: true, retry: isServer ? false : shouldRetryQuery },
      dehydrate: {
        // Pending queries too, so a prefetch that is not awaited still streams to the client.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

const serverQueryClient = cache(makeQueryClient);
let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return serverQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
