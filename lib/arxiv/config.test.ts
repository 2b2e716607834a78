import { describe, expect, it } from "vitest";
import { ArxivConfigError, arxivUserAgent, isLoopbackHost, isSimulatedArxiv, loadArxivConfig } from "./config";

describe("loadArxivConfig", () => {
  it("defaults to the real arXiv, politely", () => {
    expect(loadArxivConfig({})).toEqual({
      apiUrl: "https://export.arxiv.org/api/query",
      minIntervalMs: 3000,
      timeoutMs: 60000,
      maxRetries: 5,
      retryBaseMs: 3000,
      contact: null,
      userAgent: "RoadmapRadar/0.1 (+https://github.com/roadmap-radar)",
    });
  });

  it("allows a short retry delay only for a server on this machine", () => {
    expect(loadArxivConfig({ ARXIV_API_URL: "http://127.0.0.1:8181/api/query", ARXIV_RETRY_BASE_MS: "20" }).retryBaseMs).toBe(20);
    expect(() => loadArxivConfig({ ARXIV_RETRY_BASE_MS: "20" })).toThrow(/ARXIV_RETRY_BASE_MS/);
  });

  it("treats empty values as unset", () => {
    expect(loadArxivConfig({ ARXIV_API_URL: "", ARXIV_MIN_INTERVAL_MS: " ", ARXIV_CONTACT: "" }).apiUrl).toBe(
      "https://export.arxiv.org/api/query",
    );
  });

  it("reads every variable", () => {
    const config = loadArxivConfig({
      ARXIV_API_URL: "http://localhost:4010/api/query",
      ARXIV_MIN_INTERVAL_MS: "0",
      ARXIV_TIMEOUT_MS: "5000",
      ARXIV_MAX_RETRIES: "2",
      ARXIV_CONTACT: "ops@example.org",
    });
    expect(config).toMatchObject({ apiUrl: "http://localhost:4010/api/query", minIntervalMs: 0, timeoutMs: 5000, maxRetries: 2 });
    expect(config.userAgent).toBe("RoadmapRadar/0.1 (+https://github.com/roadmap-radar; mailto:ops@example.org)");
  });

  it("refuses an interval under 3 s for the real arXiv, with a clear message", () => {
    expect(() => loadArxivConfig({ ARXIV_MIN_INTERVAL_MS: "1000" })).toThrow(ArxivConfigError);
    expect(() => loadArxivConfig({ ARXIV_MIN_INTERVAL_MS: "2999" })).toThrow(/below arXiv's limit of one request every 3000 ms/);
    expect(() => loadArxivConfig({ ARXIV_MIN_INTERVAL_MS: "3000" })).not.toThrow();
  });

  it("refuses an interval under 3 s for any other remote host", () => {
    expect(() =>
      loadArxivConfig({ ARXIV_API_URL: "https://arxiv-mirror.example.org/api/query", ARXIV_MIN_INTERVAL_MS: "10" }),
    ).toThrow(/not at arxiv-mirror\.example\.org/);
    // A name that only starts like a loopback address is remote.
    expect(() => loadArxivConfig({ ARXIV_API_URL: "http://127.0.0.1.example.org/q", ARXIV_MIN_INTERVAL_MS: "10" })).toThrow(
      ArxivConfigError,
    );
  });

  it.each(["http://localhost:4010/api/query", "http://127.0.0.1:4010/q", "http://127.3.2.1/q", "http://[::1]:4010/q"])(
    "allows a short interval for the loopback server %s",
    (url) => {
      expect(loadArxivConfig({ ARXIV_API_URL: url, ARXIV_MIN_INTERVAL_MS: "0" }).minIntervalMs).toBe(0);
    },
  );

  it("lists every bad variable", () => {
    let message = "";
    try {
      loadArxivConfig({ ARXIV_API_URL: "ftp://x", ARXIV_TIMEOUT_MS: "soon", ARXIV_MAX_RETRIES: "-1", ARXIV_CONTACT: "nobody" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/ARXIV_API_URL must be an http\(s\) URL/);
    expect(message).toMatch(/ARXIV_TIMEOUT_MS must be a number/);
    expect(message).toMatch(/ARXIV_MAX_RETRIES must be at least 0/);
    expect(message).toMatch(/ARXIV_CONTACT must be an e-mail address or an http\(s\) URL/);
  });
});

describe("isLoopbackHost", () => {
  it("knows localhost, 127/8 and ::1", () => {
    for (const h of ["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.255.0.9", "::1", "[::1]"]) {
      expect(isLoopbackHost(h)).toBe(true);
    }
    for (const h of ["export.arxiv.org", "128.0.0.1", "10.0.0.1", "localhost.example.org", "0.0.0.0", "::2"]) {
      expect(isLoopbackHost(h)).toBe(false);
    }
  });
});

describe("isSimulatedArxiv", () => {
  it("is false only for export.arxiv.org", () => {
    expect(isSimulatedArxiv({ apiUrl: "https://export.arxiv.org/api/query" })).toBe(false);
    expect(isSimulatedArxiv({ apiUrl: "http://export.arxiv.org/api/query" })).toBe(false);
    expect(isSimulatedArxiv({ apiUrl: "http://127.0.0.1:4010/api/query" })).toBe(true);
    expect(isSimulatedArxiv({ apiUrl: "https://arxiv-mirror.example.org/api/query" })).toBe(true);
  });
});

describe("arxivUserAgent", () => {
  it("names the tool and the contact", () => {
    expect(arxivUserAgent(null)).toBe("RoadmapRadar/0.1 (+https://github.com/roadmap-radar)");
    expect(arxivUserAgent("https://example.org/contact")).toBe(
      "RoadmapRadar/0.1 (+https://github.com/roadmap-radar; https://example.org/contact)",
    );
  });
});
