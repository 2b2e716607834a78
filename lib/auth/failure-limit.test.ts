import { describe, expect, it } from "vitest";
import { TOKEN_FAILURE_BURST, TokenFailureLimiter } from "./failure-limit";
import { clientAddress, PEER_ADDRESS_HEADER } from "../security/client-address";

describe("wrong-token rate limit", () => {
  it("lets BURST wrong tokens through a minute per address, then asks to wait", () => {
    const limiter = new TokenFailureLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < TOKEN_FAILURE_BURST; i++) {
      expect(limiter.retryAfterSeconds("10.0.0.1", t0)).toBe(0);
      limiter.recordFailure("10.0.0.1", t0);
    }
    const wait = limiter.retryAfterSeconds("10.0.0.1", t0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // Another address is not affected; time refills the bucket.
    expect(limiter.retryAfterSeconds("10.0.0.2", t0)).toBe(0);
    expect(limiter.retryAfterSeconds("10.0.0.1", t0 + wait * 1000)).toBe(0);
  });

  it("takes the socket's peer, or what a local reverse proxy added; a client cannot choose it", () => {
    // A client rotating X-Forwarded-For gets nowhere: the socket's address counts.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4", [PEER_ADDRESS_HEADER]: "203.0.113.5" }))).toBe("203.0.113.5");
    // Behind a proxy on this machine: the entry that proxy appended.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9", [PEER_ADDRESS_HEADER]: "127.0.0.1" }))).toBe("10.0.0.9");
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "::1" }))).toBe("::1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress(new Headers({}))).toBe("unknown");
  });
});
