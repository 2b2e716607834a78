import { describe, expect, it } from "vitest";
import { parseMonthKey } from "@/lib/calendar/months";
import { ArxivClient, type ArxivRequestEvent, type FetchLike } from "./client";
import type { ArxivConfig } from "./config";
import { ArxivApiError, ArxivUnavailableError } from "./errors";
import { readArxivFixture, type ArxivFixtureName } from "./fixtures";
import { parseQuery } from "./query";
import { RequestQueue } from "./queue";
import { virtualClock } from "./virtual-clock";

type Step = (url: string, init: RequestInit) => Response | Promise<Response>;

const atom = (name: ArxivFixtureName, status = 200): Step => () =>
  new Response(readArxivFixture(name), { status, headers: { "content-type": "application/atom+xml" } });
const text = (body: string, status: number): Step => () => new Response(body, { status });
const networkDown: Step = () => Promise.reject(new TypeError("fetch failed"));
/** Never answers; gives up only when the request is aborted, as a real fetch does. */
const stall: Step = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });
/** A page past the first with zero entries although more results exist (arxiv.py #43). */
const spuriousEmptyPage: Step = () =>
  new Response(
    readArxivFixture("api2026-empty-result.atom.xml")
      .replace("<opensearch:totalResults>0<", "<opensearch:totalResults>214881<")
      .replace("<opensearch:startIndex>0<", "<opensearch:startIndex>10<"),
    { status: 200 },
  );

function setup(script: Step[], config: Partial<ArxivConfig> = {}) {
  const clock = virtualClock();
  const queue = new RequestQueue({ minIntervalMs: 3000, ...clock });
  const requests: Array<{ url: URL; at: number; init: RequestInit }> = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url: new URL(url), at: clock.now(), init });
    const step = script.shift();
    if (!step) throw new Error(`unexpected request ${url}`);
    return step(url, init);
  };
  const events: ArxivRequestEvent[] = [];
  const client = new ArxivClient({
    config: {
      apiUrl: "https://export.arxiv.org/api/query",
      minIntervalMs: 3000,
      timeoutMs: 60_000,
      maxRetries: 5,
      retryBaseMs: 3000,
      contact: "ops@example.org",
      userAgent: "RoadmapRadar/0.1 (+https://github.com/roadmap-radar; mailto:ops@example.org)",
      ...config,
    },
    fetch,
    queue,
    ...clock,
    random: () => 0.5,
    onRequest: (e) => events.push(e),
  });
  return { client, requests, events, clock };
}

const query = parseQuery("all:testing");

describe("ArxivClient.search", () => {
  it("returns the parsed page and sends a descriptive User-Agent", async () => {
    const { client, requests, events } = setup([atom("api2026-search-page-10-entries.atom.xml")]);
    const page = await client.search({ query, maxResults: 10 });
    expect(page.totalResults).toBe(214881);
    expect(page.papers).toHaveLength(10);
    const headers = new Headers(requests[0]!.init.headers);
    expect(headers.get("user-agent")).toBe("RoadmapRadar/0.1 (+https://github.com/roadmap-radar; mailto:ops@example.org)");
    expect(events).toEqual([
      expect.objectContaining({ attempt: 1, outcome: "ok", httpStatus: 200, totalResults: 214881, retryInMs: null }),
    ]);
  });

  const transientFailures: Array<[string, Step, string]> = [
    ["HTTP 429 with a plain-text body", text("Rate exceeded.", 429), "rate-limited"],
    ["HTTP 500", text("Internal Server Error", 500), "server-error"],
    ["HTTP 503", text("", 503), "server-error"],
    ["a network error", networkDown, "network"],
    ["an empty body with HTTP 200", text("", 200), "empty-body"],
    ["a non-XML body with HTTP 200", text("Rate exceeded.", 200), "not-xml"],
    ["an HTML page with HTTP 200", text("<html><body><p>maintenance</p></body></html>", 200), "not-a-feed"],
    [
      "truncated XML",
      text(readArxivFixture("api2026-search-page-10-entries.atom.xml").slice(0, 5000), 200),
      "truncated",
    ],
  ];
  it.each(transientFailures)("retries after %s, then succeeds", async (_name, failure, kind) => {
    const { client, requests, events } = setup([failure, atom("api2026-search-page-10-entries.atom.xml")]);
    const page = await client.search({ query });
    expect(page.totalResults).toBe(214881);
    expect(requests).toHaveLength(2);
    expect(events.map((e) => e.outcome)).toEqual([kind, "ok"]);
    expect(events[0]!.retryInMs).toBeGreaterThan(0);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(Math.max(3000, events[0]!.retryInMs!));
  });

  it("keeps the plain-text 429 body for the log and holds the queue back", async () => {
    const { client, requests, events } = setup([text("Rate exceeded.", 429), atom("api2026-search-page-10-entries.atom.xml")]);
    await client.search({ query });
    expect(events[0]).toMatchObject({ outcome: "rate-limited", httpStatus: 429, message: "HTTP 429: Rate exceeded.", retryInMs: 4500 });
    expect(requests[1]!.at - requests[0]!.at).toBe(4500);
  });

  it("aborts an attempt that takes too long and retries it", async () => {
    const signals: AbortSignal[] = [];
    const watch: Step = (url, init) => {
      signals.push(init.signal!);
      return stall(url, init);
    };
    const { client, events } = setup([watch, atom("api2026-search-page-10-entries.atom.xml")], { timeoutMs: 20 });
    const page = await client.search({ query });
    expect(page.papers).toHaveLength(10);
    expect(signals[0]!.aborted).toBe(true);
    expect(events[0]).toMatchObject({ outcome: "timeout", message: "no complete answer within 20 ms" });
  });

  it("times out a body that stalls halfway, as a real fetch's stream does", async () => {
    const halfBody: Step = (_url, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("<?xml version='1.0' encoding='UTF-8'?>\n<feed"));
          init.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
        },
      });
      return new Response(stream, { status: 200 });
    };
    const { client, events } = setup([halfBody, atom("api2026-idlist-title-zero.atom.xml")], { timeoutMs: 20 });
    expect((await client.search({ query })).papers[0]!.title).toBe("0");
    expect(events.map((e) => e.outcome)).toEqual(["timeout", "ok"]);
  });

  it("retries a harvest page that is shorter than asked while totalResults says more exist", async () => {
    const { client, events } = setup([atom("api2026-search-page-10-entries.atom.xml"), atom("api2026-search-page-10-entries.atom.xml")], { maxRetries: 1 });
    await expect(client.listPage(query, 0, 20)).rejects.toBeInstanceOf(ArxivUnavailableError);
    expect(events.map((e) => e.outcome)).toEqual(["short-page", "short-page"]);
    const full = setup([atom("api2026-search-page-10-entries.atom.xml")]);
    expect((await full.client.listPage(query, 0, 10)).papers).toHaveLength(10);
    const url = new URL(full.requests[0]!.url);
    expect([url.searchParams.get("sortBy"), url.searchParams.get("sortOrder")]).toEqual(["submittedDate", "ascending"]);
  });

  it("retries an empty page past the first", async () => {
    const { client, requests, events } = setup([spuriousEmptyPage, atom("api2026-search-page-2-start10.atom.xml")]);
    const page = await client.search({ query, start: 10, maxResults: 10 });
    expect(page.papers[0]!.id).toBe("2403.16981");
    expect(events.map((e) => e.outcome)).toEqual(["empty-page", "ok"]);
    expect(requests[1]!.url.searchParams.get("start")).toBe("10");
  });

  it("accepts an empty first page with totalResults 0 as no results", async () => {
    const { client, requests } = setup([atom("api2026-empty-result.atom.xml")]);
    expect((await client.search({ query })).papers).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it("gives up after maxRetries, describing the last failure", async () => {
    const { client, requests, events } = setup(
      [text("", 502), networkDown, text("Service Unavailable", 503)],
      { maxRetries: 2 },
    );
    const error = await client.search({ query }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArxivUnavailableError);
    const e = error as ArxivUnavailableError;
    expect(e.attempts).toBe(3);
    expect(e.transient).toBe(true);
    expect(e.lastFailure).toEqual({ kind: "server-error", message: "HTTP 503: Service Unavailable", httpStatus: 503 });
    expect(e.message).toBe("arXiv did not give a usable answer after 3 attempts; last failure: HTTP 503: Service Unavailable");
    expect(requests).toHaveLength(3);
    expect(events.at(-1)!.retryInMs).toBeNull();
  });

  it("does not retry arXiv's error feed, and keeps its message", async () => {
    const { client, requests } = setup([atom("api2026-error-400-bad-id.atom.xml", 400)]);
    const error = await client.search({ query }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArxivApiError);
    expect(error).toMatchObject({ kind: "error-feed", status: 400, arxivMessage: "incorrect id format for abc", transient: false });
    expect((error as Error).message).toBe("arXiv refused the request (HTTP 400): incorrect id format for abc");
    expect(requests).toHaveLength(1);
  });

  it("does not retry the error feed even when sent with HTTP 200", async () => {
    const { client, requests } = setup([atom("api2026-error-400-bad-id.atom.xml", 200)]);
    await expect(client.search({ query })).rejects.toMatchObject({ kind: "error-feed", arxivMessage: "incorrect id format for abc" });
    expect(requests).toHaveLength(1);
  });

  it("does not retry another 4xx", async () => {
    const { client, requests } = setup([text("<html>Not Found</html>", 404)]);
    await expect(client.search({ query })).rejects.toMatchObject({ name: "ArxivApiError", kind: "client-error", status: 404 });
    expect(requests).toHaveLength(1);
  });

  it("stops without retrying when the caller aborts", async () => {
    const controller = new AbortController();
    const { client, requests } = setup([stall]);
    const pending = client.search({ query }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 5);
    await expect(pending).rejects.toThrow("user left");
    expect(requests).toHaveLength(1);
  });

  it("spaces concurrent requests through the shared queue", async () => {
    const { client, requests } = setup([
      atom("api2026-idlist-title-zero.atom.xml"),
      atom("api2026-idlist-title-zero.atom.xml"),
      atom("api2026-idlist-title-zero.atom.xml"),
    ]);
    await Promise.all([client.search({ query }), client.search({ query }), client.search({ query })]);
    expect(requests.map((r) => r.at - requests[0]!.at)).toEqual([0, 3000, 6000]);
  });
});

describe("ArxivClient.countMonthlyPublications", () => {
  it("asks for one entry of the month's GMT range and reads totalResults", async () => {
    const { client, requests } = setup([atom("api2026-idlist-title-zero.atom.xml")]);
    const count = await client.countMonthlyPublications(parseQuery('abs:"language model" OR ti:LLM'), parseMonthKey("2024-02"));
    expect(count).toBe(1);
    const url = requests[0]!.url;
    expect(url.origin + url.pathname).toBe("https://export.arxiv.org/api/query");
    expect(url.searchParams.get("max_results")).toBe("1");
    expect(url.searchParams.get("start")).toBe("0");
    expect(url.searchParams.get("search_query")).toBe(
      '(abs:"language model" OR ti:LLM) AND submittedDate:[202402010000 TO 202402292359]',
    );
    expect(url.search).toContain("submittedDate%3A%5B202402010000+TO+202402292359%5D");
  });

  it("covers December up to its last minute", async () => {
    const { client, requests } = setup([atom("api2026-empty-result.atom.xml")]);
    expect(await client.countMonthlyPublications(parseQuery("cat:cs.CL"), parseMonthKey("2023-12"))).toBe(0);
    expect(requests[0]!.url.searchParams.get("search_query")).toBe("cat:cs.CL AND submittedDate:[202312010000 TO 202312312359]");
  });
});

