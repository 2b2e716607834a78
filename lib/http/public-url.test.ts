import { describe, expect, it } from "vitest";
import { configuredPublicOrigin, publicOrigin, PublicUrlError, requestOrigin } from "./public-url";

describe("the public URL of absolute links", () => {
  it("is RADAR_PUBLIC_URL when set, checked", () => {
    expect(configuredPublicOrigin({})).toBeNull();
    expect(configuredPublicOrigin({ RADAR_PUBLIC_URL: "https://radar.example.org/" })).toBe("https://radar.example.org");
    expect(configuredPublicOrigin({ RADAR_PUBLIC_URL: " http://10.0.0.5:3000 " })).toBe("http://10.0.0.5:3000");
    for (const bad of ["radar.example.org", "ftp://radar.example.org", "javascript:alert(1)", "https://u:p@radar.example.org", "https://radar.example.org/sub", "https://x.org/?a=1"]) {
      expect(() => configuredPublicOrigin({ RADAR_PUBLIC_URL: bad }), bad).toThrow(PublicUrlError);
      expect(() => configuredPublicOrigin({ RADAR_PUBLIC_URL: bad })).toThrow(/RADAR_PUBLIC_URL/);
    }
  });

  it("else is the host the request asked for, when it is a sane host name", () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(publicOrigin(h({ host: "radar.lan:3000" }), {})).toBe("http://radar.lan:3000");
    expect(publicOrigin(h({ host: "127.0.0.1:3000", "x-forwarded-host": "radar.example.org", "x-forwarded-proto": "https" }), {})).toBe(
      "https://radar.example.org",
    );
    expect(publicOrigin(h({ host: "radar.lan" }), { RADAR_PUBLIC_URL: "https://radar.example.org" })).toBe("https://radar.example.org");
    expect(requestOrigin(h({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
    // Anything odd: relative links rather than a made-up or hostile origin.
    for (const host of ['evil"><x', "a b", "radar.lan/path", "x".repeat(300)]) expect(publicOrigin(h({ host }), {}), host).toBe("");
    expect(publicOrigin(h({ host: "radar.lan", "x-forwarded-proto": "javascript" }), {})).toBe("");
    expect(publicOrigin(h({}), {})).toBe("");
  });
});
