// Serialises requests to one arXiv host: one in flight, and at least `minIntervalMs` between
// two starts, retries included (arXiv's terms: one request every three seconds, one
// connection at a time, for all of a user's machines together).

export type Clock = () => number;
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A turn shared with other processes (lib/store/pacing.ts keeps it in the store): the queue
 * paces this process, the gate paces every process that asks the same arXiv host.
 */
export interface StartGate {
  /** Resolves when a request may start, having claimed the slot for `intervalMs`. */
  waitTurn(intervalMs: number): Promise<void>;
  /** No process starts a request before `ms` from now (after a 429). */
  holdOff(ms: number): void;
  /**
   * This process started a request at `atMs`: the next turn of any process is `intervalMs`
   * after that instant (the claim came a little earlier, before the store's transaction).
   */
  started(atMs: number, intervalMs: number): void;
}

export interface RequestQueueOptions {
  minIntervalMs: number;
  /** Milliseconds since some epoch; Date.now by default. */
  now?: Clock;
  sleep?: Sleep;
}

export class RequestQueue {
  private minIntervalMs: number;
  private readonly now: Clock;
  private readonly sleep: Sleep;
  /** Settles when the last queued task has finished; never rejects. */
  private tail: Promise<void> = Promise.resolve();
  private nextStartAt = -Infinity;
  private waiting = 0;
  private gate: StartGate | null = null;

  constructor(options: RequestQueueOptions) {
    this.minIntervalMs = options.minIntervalMs;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  get intervalMs(): number {
    return this.minIntervalMs;
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.waiting;
  }

  /** Never loosens: two parts of the app asking for different intervals get the longer. */
  tighten(minIntervalMs: number): void {
    this.minIntervalMs = Math.max(this.minIntervalMs, minIntervalMs);
  }

  /** Shares this queue's pacing with other processes from now on. */
  setGate(gate: StartGate): void {
    this.gate = gate;
  }

  /**
   * No request starts before `ms` from now. Used after a 429: arXiv's complaint is about
   * this client as a whole, not about the one request that drew it.
   */
  holdOff(ms: number): void {
    this.nextStartAt = Math.max(this.nextStartAt, this.now() + ms);
    this.gate?.holdOff(ms);
  }

  /**
   * Runs `task` when its turn comes; first in, first out. The task gets the instant it started
   * at, the one the pacing of the next request counts from, so a log of starts shows exactly
   * the spacing that was kept.
   */
  run<T>(task: (startedAt: number) => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(async () => {
      try {
        // A loop, because holdOff may move the start while we sleep.
        for (let wait = this.nextStartAt - this.now(); wait > 0; wait = this.nextStartAt - this.now()) {
          await this.sleep(wait);
        }
        if (this.gate) await this.gate.waitTurn(this.minIntervalMs);
        const startedAt = this.now();
        this.nextStartAt = startedAt + this.minIntervalMs;
        this.gate?.started(startedAt, this.minIntervalMs);
        return await task(startedAt);
      } finally {
        this.waiting--;
      }
    });
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

// One queue per API origin for the whole process. Kept on globalThis because Next's dev
// server re-evaluates modules on reload and may bundle this file more than once; a module-level
// variable would then hold several queues, each believing it is alone.
const REGISTRY_KEY = Symbol.for("roadmap-radar.arxiv.request-queues");
type Registry = Map<string, RequestQueue>;

function registry(): Registry {
  const g = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  g[REGISTRY_KEY] ??= new Map();
  return g[REGISTRY_KEY];
}

/** The process-wide queue for the host of `apiUrl`. */
export function getArxivRequestQueue(config: { apiUrl: string; minIntervalMs: number }): RequestQueue {
  const origin = new URL(config.apiUrl).origin;
  const queues = registry();
  let queue = queues.get(origin);
  if (!queue) {
    queue = new RequestQueue({ minIntervalMs: config.minIntervalMs });
    queues.set(origin, queue);
  } else {
    queue.tighten(config.minIntervalMs);
  }
  return queue;
}
