import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "./fetch-json";
import { getQueryClient, shouldRetryQuery } from "./get-query-client";

describe("retries of failed reads", () => {
  it("never retry a 4xx: the request itself is wrong, so the error shows at once", () => {
    for (const status of [400, 401, 403, 404, 409, 413, 429]) expect(shouldRetryQuery(0, new ApiRequestError(status, "bad"))).toBe(false);
  });

  it("retry network failures and 5xx a few times", () => {
    expect(shouldRetryQuery(0, new ApiRequestError(0, "unreachable"))).toBe(true);
    expect(shouldRetryQuery(1, new ApiRequestError(503, "busy"))).toBe(true);
    expect(shouldRetryQuery(3, new ApiRequestError(500, "x"))).toBe(false);
  });

  it("make a query with a 400 fail after one request, a 503 after several", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: shouldRetryQuery, retryDelay: 0 } } });
    const calls = async (status: number) => {
      let n = 0;
      await client
        .fetchQuery({
          queryKey: ["x", status],
          queryFn: () => {
            n++;
            throw new ApiRequestError(status, "failed");
          },
        })
        .catch(() => undefined);
      return n;
    };
    expect(await calls(400)).toBe(1);
    expect(await calls(503)).toBe(4);
  });

  it("never retry on the server, where a prefetch reads the store and a failure is final", () => {
    expect(getQueryClient().getDefaultOptions().queries?.retry).toBe(false);
  });
});
