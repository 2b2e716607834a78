// Cache contract of GET /api/auth: whether this server wants the team token for changes, so
// the write controls can ask for it before the first 401 rather than after.
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export const authKey = ["auth"] as const;

export function authQueryOptions() {
  return queryOptions({
    queryKey: authKey,
    queryFn: () => fetchJson<{ required: boolean }>("/api/auth"),
    // Set when the server starts: it does not change while the page is open.
    staleTime: Infinity,
  });
}
