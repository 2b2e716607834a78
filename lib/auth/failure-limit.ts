// Wrong team tokens are rate-limited per client address: a token bucket of BURST guesses that
// refills at BURST per minute. An empty bucket answers 429 with Retry-After, even to the right
// token, so guessing stays at a few tries a minute however fast a client sends them.

export const TOKEN_FAILURE_BURST = 10;
const REFILL_MS_PER_TOKEN = 60_000 / TOKEN_FAILURE_BURST;
/** Addresses remembered at most; the oldest is forgotten first (a flood of addresses cannot grow memory). */
const MAX_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenFailureLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly burst = TOKEN_FAILURE_BURST,
    private readonly refillMs = REFILL_MS_PER_TOKEN,
  ) {}

  private bucket(client: string, now: number): Bucket {
    const b = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    const refilled = Math.min(this.burst, b.tokens + (now - b.at) / this.refillMs);
    return { tokens: refilled, at: now };
  }

  /** Seconds to wait before this client may try a token again; 0 when it may now. */
  retryAfterSeconds(client: string, now = Date.now()): number {
    const b = this.bucket(client, now);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) * this.refillMs) / 1000);
  }

  recordFailure(client: string, now = Date.now()): void {
    const b = this.bucket(client, now);
    this.buckets.delete(client);
    this.buckets.set(client, { tokens: Math.max(0, b.tokens - 1), at: now });
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
  }

  reset(): void {
    this.buckets.clear();
  }
}

/** The server's one limiter (module state is per server process, shared by every route). */
const state = globalThis as unknown as { __radarTokenFailures?: TokenFailureLimiter };
export function tokenFailureLimiter(): TokenFailureLimiter {
  return (state.__radarTokenFailures ??= new TokenFailureLimiter());
}

