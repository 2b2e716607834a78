// The simulated export.arxiv.org: GET /api/query plus a /_control API for tests to inject
// faults, read the request log and move the clock. Used by the CLI, vitest and Playwright.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { answerQuery } from "./api";
import { loadCorpus, textsOfField, type TextField } from "./corpus";
import { FaultPlan, faultConfigSchema, parseFaultsEnv, type FaultConfig, type FaultKind, type FaultState } from "./faults";
import { renderErrorFeed, renderFeed } from "./feed";
import { checkScale, defaultNow, defaultScale } from "./model";

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A fixed clock; default SIM_NOW, else the real time at each request. */
  now?: Date | string;
  /** Multiplies every volume (1: real arXiv magnitudes); default SIM_SCALE, else 1. */
  scale?: number;
  /** Initial faults; default SIM_FAULTS. */
  faults?: FaultConfig;
  /** Answer 429 to requests closer together than this; default SIM_ENFORCE_INTERVAL_MS, else off. */
  enforceIntervalMs?: number;
  /** One line per request on stdout (the CLI's default). */
  logRequests?: boolean | ((line: string) => void);
  /** Build the word index right after listening, while idle, rather than on the first query (default true). */
  warm?: boolean;
}

export type LoggedFault = FaultKind | "rate-limit";

export interface RequestLogEntry {
  /** Arrival time, epoch ms. */
  at: number;
  /** Arrival time, ISO. */
  startedAt: string;
  /** Epoch ms when the answer was sent, or when a hung request was dropped; null while pending. */
  finishedAt: number | null;
  method: string;
  path: string;
  query: Record<string, string>;
  /** HTTP status sent; null for a request that hung. */
  status: number | null;
  fault: LoggedFault | null;
}

export interface RunningSimulator {
  /** Base URL, e.g. "http://127.0.0.1:8181"; the API is at `${url}/api/query`. */
  url: string;
  port: number;
  /** The volume scale it answers at (SIM_SCALE or the `scale` option). */
  scale: number;
  faults: { set(config: FaultConfig): void; clear(): void; state(): FaultState };
  /** Requests to /api/query (and unknown paths), oldest first; control requests are not logged. */
  log(): RequestLogEntry[];
  clearLog(): void;
  /** Fixes the clock (null: back to the default clock). */
  setNow(now: Date | string | null): void;
  close(): Promise<void>;
}

const ATOM = "application/atom+xml; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

const WARM_FIELDS: TextField[] = ["ti", "abs", "au", "co"];

const clockSchema = z.object({ now: z.iso.datetime({ offset: true }).nullable() }).strict();

function toDate(now: Date | string): Date {
  const d = typeof now === "string" ? new Date(now) : now;
  if (Number.isNaN(d.getTime())) throw new RangeError(`"${String(now)}" is not a valid instant`);
  return d;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  // Load the corpus before listening, so "healthy" means "ready" and the first answer is quick.
  loadCorpus();
  const env = process.env;
  const faults = new FaultPlan(options.faults ?? parseFaultsEnv(env.SIM_FAULTS));
  const enforceIntervalMs = options.enforceIntervalMs ?? Number(env.SIM_ENFORCE_INTERVAL_MS ?? 0);
  let fixedNow: Date | null = options.now !== undefined ? toDate(options.now) : null;
  // Checked before listening, so a bad SIM_SCALE stops the start rather than every request.
  const scale = options.scale !== undefined ? checkScale(options.scale) : defaultScale(env);
  const clock = (): Date => fixedNow ?? defaultNow();
  const print =
    options.logRequests === true ? (line: string) => process.stdout.write(`${line}\n`) : options.logRequests || null;

  let log: RequestLogEntry[] = [];
  let lastArrival = -Infinity;
  const hanging = new Set<ServerResponse>();

  function finish(entry: RequestLogEntry, url: string): void {
    entry.finishedAt = Date.now();
    print?.(
      `${entry.startedAt} ${entry.method} ${url} -> ${entry.status ?? "no answer"} ` +
        `${entry.finishedAt - entry.at}ms${entry.fault ? ` fault=${entry.fault}` : ""}`,
    );
  }

  function handleQuery(res: ServerResponse, params: URLSearchParams, entry: RequestLogEntry): void {
    const reply = (status: number, type: string, body: string) => {
      entry.status = status;
      send(res, status, type, body);
    };
    // Like arXiv, the rate limit counts every request, including those it refuses.
    const tooSoon = enforceIntervalMs > 0 && entry.at - lastArrival < enforceIntervalMs;
    lastArrival = entry.at;
    if (tooSoon) {
      entry.fault = "rate-limit";
      return reply(429, TEXT, "Rate exceeded.");
    }
    const fault = faults.next();
    entry.fault = fault;
    switch (fault) {
      case "429":
        return reply(429, TEXT, "Rate exceeded.");
      case "500":
        return reply(500, TEXT, "Internal Server Error");
      case "503":
        return reply(503, TEXT, "Service Unavailable");
      case "empty":
        return reply(200, ATOM, "");
      case "error-feed":
        return reply(400, ATOM, renderErrorFeed("simulated error feed (fault injection)", clock()));
      case "hang":
        // Keep the socket open and never answer: the client's timeout is what is under test.
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
    }
    const now = clock();
    const answer = answerQuery(params, now, { scale });
    if (answer.kind === "plain") return reply(answer.status, TEXT, answer.body);
    if (answer.kind === "error-feed") return reply(400, ATOM, renderErrorFeed(answer.message, now));
    const xml = renderFeed({
      request: answer.request,
      // "zero" is arXiv's spurious "no results" for a query that has them (a well-formed feed).
      totalResults: fault === "zero" ? 0 : answer.totalResults,
      // "short-page" drops the last half of a page (at least one entry) while totalResults
      // still says they exist: what a harvest must notice and ask again.
      entries: fault === "empty-page" || fault === "zero" ? [] : fault === "short-page" ? answer.entries.slice(0, Math.floor(answer.entries.length / 2)) : answer.entries,
      updated: now,
    });
    reply(200, ATOM, fault === "truncated" ? xml.slice(0, Math.floor(xml.length / 2)) : xml);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const json = (status: number, value: unknown) => send(res, status, JSON_TYPE, JSON.stringify(value));
    const route = `${req.method} ${path}`;
    if (route === "GET /_control/health") return send(res, 200, TEXT, "ok");
    if (route === "GET /_control/log") return json(200, log);
    if (route === "DELETE /_control/log") return (log = []), json(200, log);
    if (route === "GET /_control/faults") return json(200, faults.state());
    if (route === "DELETE /_control/faults") return faults.clear(), json(200, faults.state());
    if (route === "POST /_control/faults" || route === "POST /_control/clock") {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return json(400, { error: "body is not JSON" });
      }
      if (route === "POST /_control/faults") {
        const parsed = faultConfigSchema.safeParse(body);
        if (!parsed.success) return json(400, { error: z.prettifyError(parsed.error) });
        faults.set(parsed.data);
        return json(200, faults.state());
      }
      const parsed = clockSchema.safeParse(body);
      if (!parsed.success) return json(400, { error: z.prettifyError(parsed.error) });
      fixedNow = parsed.data.now === null ? null : new Date(parsed.data.now);
      return json(200, { now: clock().toISOString() });
    }
    if (route === "GET /_control/clock") return json(200, { now: clock().toISOString(), fixed: fixedNow !== null });
    json(404, { error: `no control route ${route}` });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://simulator");
    if (url.pathname.startsWith("/_control/")) {
      handleControl(req, res, url.pathname).catch((e: unknown) => send(res, 500, TEXT, String(e)));
      return;
    }
    const at = Date.now();
    const entry: RequestLogEntry = {
      at,
      startedAt: new Date(at).toISOString(),
      finishedAt: null,
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: null,
      fault: null,
    };
    log.push(entry);
    res.on("close", () => finish(entry, req.url ?? "/"));
    try {
      if (url.pathname !== "/api/query") {
        entry.status = 404;
        return send(res, 404, TEXT, "Not Found");
      }
      if (req.method !== "GET") {
        // arXiv stopped answering form POSTs in 2025 (aRxiv #64); clients must use GET.
        entry.status = 405;
        return send(res, 405, TEXT, "Method Not Allowed");
      }
      handleQuery(res, url.searchParams, entry);
    } catch (e) {
      entry.status = 500;
      send(res, 500, TEXT, `simulator bug: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  if (options.warm ?? true) {
    // ~0.3 s of normalising abstracts that would otherwise delay the first real query.
    setTimeout(() => WARM_FIELDS.forEach(textsOfField), 0).unref();
  }
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    port,
    scale,
    faults: { set: (c) => faults.set(faultConfigSchema.parse(c)), clear: () => faults.clear(), state: () => faults.state() },
    log: () => log.map((e) => ({ ...e, query: { ...e.query } })),
    clearLog: () => {
      log = [];
    },
    setNow: (now) => {
      fixedNow = now === null ? null : toDate(now);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
