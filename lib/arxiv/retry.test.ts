import { describe, expect, it } from "vitest";
import type { FailureKind } from "./errors";
import { failureKindOfStatus, retryDelay, type RetryPolicy } from "./retry";

const policy = (random: number, maxRetries = 5): RetryPolicy => ({
  maxRetries,
  baseDelayMs: 3000,
  maxDelayMs: 60_000,
  random: () => random,
});

describe("retryDelay", () => {
  it("doubles from the base, with half of each delay jittered", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, "server-error", policy(0)))).toEqual([1500, 3000, 6000, 12000, 24000]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, "server-error", policy(0.999999)))).toEqual([3000, 6000, 12000, 24000, 48000]);
  });

  it("never waits longer than the cap", () => {
    expect(retryDelay(10, "timeout", policy(0.999999, 20))).toBe(60_000);
  });

  it("waits twice as long after a 429", () => {
    expect(retryDelay(1, "rate-limited", policy(0.5))).toBe(4500);
    expect(retryDelay(1, "network", policy(0.5))).toBe(2250);
  });

  it.each<FailureKind>([
    "rate-limited",
    "server-error",
    "network",
    "timeout",
    "empty-body",
    "not-xml",
    "malformed-xml",
    "truncated",
    "not-a-feed",
    "invalid-feed",
    "empty-page",
  ])("retries %s up to maxRetries, then gives up", (kind) => {
    expect(retryDelay(1, kind, policy(0.5, 2))).toBeGreaterThan(0);
    expect(retryDelay(2, kind, policy(0.5, 2))).toBeGreaterThan(0);
    expect(retryDelay(3, kind, policy(0.5, 2))).toBe("give-up");
  });

  it.each<FailureKind>(["error-feed", "client-error"])("never retries %s", (kind) => {
    expect(retryDelay(1, kind, policy(0.5))).toBe("give-up");
  });

  it("gives up at once when no retries are allowed", () => {
    expect(retryDelay(1, "server-error", policy(0.5, 0))).toBe("give-up");
  });
});

describe("failureKindOfStatus", () => {
  it("sorts statuses", () => {
    expect(failureKindOfStatus(200)).toBeNull();
    expect(failureKindOfStatus(429)).toBe("rate-limited");
    expect(failureKindOfStatus(500)).toBe("server-error");
    expect(failureKindOfStatus(503)).toBe("server-error");
    expect(failureKindOfStatus(400)).toBe("client-error");
    expect(failureKindOfStatus(404)).toBe("client-error");
  });
});
