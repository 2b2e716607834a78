// One QueryClient per server request (React `cache` scopes it to the render) and one for the
// whole life of the browser tab, so prefetched data and client reads share a cache.
import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";
import { cache } from "react";

/** Hydrated data stays fresh this long, so the browser never refetches what the server just read. */
export const FRESH_MS = 30_000;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: FRESH_MS, refetchOnWindowFocus: true },
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
