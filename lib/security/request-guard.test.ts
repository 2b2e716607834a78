import { describe, expect, it } from "vitest";
import { pathDecodes, rawPathname, refuseRequest } from "./request-guard";

const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers: new Headers(headers) });
const OWN = { host: "radar.test:3000" };

describe("requests refused before routing", () => {
  it("answers unknown methods 405 with Allow", () => {
    for (const method of ["PUT", "PROPFIND", "FOO", "TRACE"]) {
      const r = refuseRequest(req(method, "http://radar.test:3000/api/health", OWN), null);
      expect(r?.status, method).toBe(405);
      expect(r?.headers?.Allow).toContain("GET");
    }
    expect(refuseRequest(req("GET", "http://radar.test:3000/api/health", OWN), null)).toBeNull();
  });

  it("answers undecodable percent-encoding in the path 400, on pages and API alike", () => {
    for (const path of ["/api/topics/%ff/counts", "/topics/%ff", "/reviews/%", "/api/reviews/%zz", "/topics/a%e0%80b/feed.xml"]) {
      expect(pathDecodes(rawPathname(`http://radar.test${path}?q=%ff`)), path).toBe(false);
      expect(refuseRequest(req("GET", `http://radar.test${path}`, OWN), null)?.status, path).toBe(400);
    }
    expect(rawPathname("http://radar.test/topics/%ff?x=1#y")).toBe("/topics/%ff");
    expect(pathDecodes("/topics/data%20x/%C3%A9")).toBe(true);
    // A bad escape in the query is the route's business (its schema answers 400), not the path's.
    expect(refuseRequest(req("GET", "http://radar.test/api/topics?q=%ff", OWN), null)).toBeNull();
  });

  it("refuses writes from another origin or site with 403, token or not", () => {
    const url = "http://radar.test:3000/api/marks";
    const json = { ...OWN, "content-type": "application/json", "content-length": "2" };
    expect(refuseRequest(req("POST", url, { ...json, origin: "https://evil.example" }), null)?.status).toBe(403);
    expect(refuseRequest(req("POST", url, { ...json, origin: "null" }), null)?.status).toBe(403);
    expect(refuseRequest(req("DELETE", url, { ...OWN, "sec-fetch-site": "cross-site" }), null)?.status).toBe(403);
    expect(refuseRequest(req("PATCH", url, { ...json, "sec-fetch-site": "same-site", authorization: "Bearer x" }), null)?.status).toBe(403);
    // The app's own pages, and clients that are not browsers (curl, scripts), get through.
    expect(refuseRequest(req("POST", url, { ...json, origin: "http://radar.test:3000", "sec-fetch-site": "same-origin" }), null)).toBeNull();
    expect(refuseRequest(req("POST", url, json), null)).toBeNull();
    // Behind a proxy that rewrites Host: the public URL is this app's origin too.
    expect(refuseRequest(req("POST", url, { ...json, origin: "https://radar.example.org" }), new URL("https://radar.example.org"))).toBeNull();
  });

  it("refuses write bodies that are not JSON with 415 (the no-cors text/plain trick)", () => {
    const url = "http://radar.test:3000/api/sync";
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(refuseRequest(req("POST", url, { ...OWN, "content-type": type, "content-length": "5" }), null)?.status, type).toBe(415);
    }
    expect(refuseRequest(req("POST", url, { ...OWN, "content-length": "5" }), null)?.status).toBe(415);
    expect(refuseRequest(req("POST", url, { ...OWN, "content-type": "application/json; charset=utf-8", "content-length": "5" }), null)).toBeNull();
    // A write without a body needs no media type (POST /api/sync, DELETE /api/reviews/1).
    expect(refuseRequest(req("POST", url, OWN), null)).toBeNull();
    expect(refuseRequest(req("DELETE", url, { ...OWN, "content-length": "0" }), null)).toBeNull();
  });

  it("refuses a declared body over the limit with 413 before reading it, DELETE included", () => {
    const headers = { ...OWN, "content-type": "application/json", "content-length": String(200 * 1024 * 1024) };
    expect(refuseRequest(req("POST", "http://radar.test:3000/api/notes", headers), null)?.status).toBe(413);
    expect(refuseRequest(req("DELETE", "http://radar.test:3000/api/reviews/1", headers), null)?.status).toBe(413);
    expect(refuseRequest(req("POST", "http://radar.test:3000/api/notes", { ...headers, "content-length": "12x" }), null)?.status).toBe(400);
  });

  it("answers writes to pages, feeds and files 405: only /api/ changes anything", () => {
    for (const [method, path] of [["POST", "/"], ["PATCH", "/topics/data"], ["DELETE", "/review"], ["POST", "/feed.xml"], ["POST", "/_next/static/x.js"]]) {
      const r = refuseRequest(req(method!, `http://radar.test:3000${path}`, { ...OWN, "content-type": "application/json", "content-length": "2" }), null);
      expect(r?.status, `${method} ${path}`).toBe(405);
      expect(r?.headers?.Allow).toBe("GET, HEAD");
    }
    expect(refuseRequest(req("POST", "http://radar.test:3000/api/marks", { ...OWN, "content-type": "application/json", "content-length": "2" }), null)).toBeNull();
  });
});
