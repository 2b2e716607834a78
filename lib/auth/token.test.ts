import { describe, expect, it } from "vitest";
import { checkWriteAccess, configuredRadarToken, presentedToken, tokensMatch } from "./token";

const headers = (h: Record<string, string>) => new Headers(h);

describe("write token", () => {
  it("is required only when RADAR_TOKEN holds something", () => {
    expect(configuredRadarToken({})).toBeNull();
    expect(configuredRadarToken({ RADAR_TOKEN: "  " })).toBeNull();
    expect(configuredRadarToken({ RADAR_TOKEN: " s3cret " })).toBe("s3cret");
    expect(checkWriteAccess(headers({}), {})).toEqual({ ok: true });
  });

  it("is read from Authorization: Bearer or X-Radar-Token", () => {
    expect(presentedToken(headers({ Authorization: "Bearer abc" }))).toBe("abc");
    expect(presentedToken(headers({ Authorization: "bearer   abc " }))).toBe("abc");
    expect(presentedToken(headers({ "X-Radar-Token": "xyz" }))).toBe("xyz");
    expect(presentedToken(headers({ Authorization: "Basic Zm9vOmJhcg==" }))).toBeNull();
    expect(presentedToken(headers({}))).toBeNull();
  });

  it("compares tokens of any length without throwing", () => {
    expect(tokensMatch("s3cret", "s3cret")).toBe(true);
    expect(tokensMatch("s3cre", "s3cret")).toBe(false);
    expect(tokensMatch("", "s3cret")).toBe(false);
    expect(tokensMatch("ü".repeat(500), "s3cret")).toBe(false);
  });

  it("refuses a missing or wrong token with a reason, accepts the right one", () => {
    const env: Record<string, string | undefined> = { RADAR_TOKEN: "s3cret" };
    const missing = checkWriteAccess(headers({}), env);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.reason).toMatch(/Bearer/);
    expect(checkWriteAccess(headers({ "X-Radar-Token": "nope" }), env).ok).toBe(false);
    expect(checkWriteAccess(headers({ Authorization: "Bearer s3cret" }), env).ok).toBe(true);
    expect(checkWriteAccess(headers({ "X-Radar-Token": "s3cret" }), env).ok).toBe(true);
  });
});
