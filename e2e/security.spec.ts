// Issue 11 against the built server: security headers on a page, an API answer and a static
// file; pages hydrate under the nonce CSP with no console error; writes from another origin
// are refused; malformed paths and TRACE are 4xx; a killed sync does not show as running.
import http from "node:http";
import { test, expect } from "./console-guard";
import { E2E_DB, E2E_PORT, E2E_SIM_PORT } from "../lib/dev-env";
import { spawnSync } from "./sync-process";

const SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const h of SECURITY_HEADERS) expect(headers[h], `${h} on ${what}`).toBeTruthy();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
}

test("a page, an API answer and a static file carry the security headers", async ({ request }) => {
  const pageRes = await request.get("/");
  expect(pageRes.status()).toBe(200);
  expectSecurityHeaders(pageRes.headers(), "/");
  const html = await pageRes.text();
  const nonce = /'nonce-([^']+)'/.exec(pageRes.headers()["content-security-policy"]!)![1]!;
  // Every script of the page carries this answer's nonce.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s, s).toContain(`nonce="${nonce}"`);
  // Two loads, two nonces (the page cache swaps them).
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  const api = await request.get("/api/health");
  expectSecurityHeaders(api.headers(), "/api/health");
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  const file = await request.get(script);
  expect(file.status()).toBe(200);
  expectSecurityHeaders(file.headers(), script);
  const icon = await request.get("/icon.svg");
  expectSecurityHeaders(icon.headers(), "/icon.svg");
});

test("pages hydrate under the CSP with no console error", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ["/", "/topics/dialogue", "/compare", "/review", "/reviews", "/topics/new"]) {
    await page.goto(path);
    await expect(page.getByTestId("theme-toggle")).toBeVisible();
    // Hydrated: the theme toggle reacts (it is a client component).
    const before = await page.getByTestId("theme-toggle").getAttribute("data-theme-choice");
    await page.getByTestId("theme-toggle").click();
    await expect(page.getByTestId("theme-toggle")).not.toHaveAttribute("data-theme-choice", before ?? "");
  }
  expect(violations).toEqual([]);
});

test("a write from another origin is refused with 403, a text/plain body with 415", async ({ request }) => {
  const foreign = await request.post("/api/marks", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" },
    data: JSON.stringify({ paperId: "2504.00001", mark: "read", reviewer: "Mallory" }),
  });
  expect(foreign.status()).toBe(403);
  expect(typeof (await foreign.json()).error).toBe("string");
  const plain = await request.post("/api/sync", { headers: { "content-type": "text/plain" }, data: "{}" });
  expect(plain.status()).toBe(415);
  const huge = await request.delete("/api/reviews/1", { headers: { "content-type": "application/json" }, data: "x".repeat(200_000) });
  expect(huge.status()).toBe(413);
});

test("malformed paths are 4xx on pages and API, TRACE is 405", async ({ request }) => {
  for (const path of ["/api/topics/%ff/counts", "/topics/%ff", "/reviews/%", "/topics/%zz/feed.xml", "/api/reviews/%ff"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBeGreaterThanOrEqual(400);
    expect(res.status(), path).toBeLessThan(500);
  }
  expect((await request.get(`/reviews/${"9".repeat(200)}`)).status()).toBe(404);
  expect((await request.get("/api/topics/data/counts?to=0001-01")).status()).toBe(400);
  const trace = await new Promise<number>((resolve, reject) => {
    http.request({ host: "127.0.0.1", port: E2E_PORT, method: "TRACE", path: "/api/health" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on("error", reject).end();
  });
  expect(trace).toBe(405);
});

test("a CLI sync killed with kill -9 shows as interrupted, with the refresh button enabled", async ({ page, request }) => {
  // Months the e2e store never harvested (before the simulator's first month, so arXiv says 0
  // and each is asked twice): the CLI has ~360 requests to make, paced at 100 ms.
  const { child, done } = spawnSync({
    db: E2E_DB,
    apiUrl: `http://127.0.0.1:${E2E_SIM_PORT}/api/query`,
    args: ["--topics", "data", "--from", "2000-01", "--to", "2014-12", "--quiet"],
  });
  await expect
    .poll(async () => ((await (await request.get("/api/sync")).json()) as { running: boolean; run: { pid?: number } | null }).run?.pid, { timeout: 30_000 })
    .toBe(child.pid);
  expect(((await (await request.get("/api/sync")).json()) as { running: boolean }).running).toBe(true);
  child.kill("SIGKILL");
  expect((await done).signal).toBe("SIGKILL");
  const status = (await (await request.get("/api/sync")).json()) as { running: boolean; run: { status: string; death?: string } };
  expect(status.running).toBe(false);
  expect(status.run).toMatchObject({ status: "interrupted", death: "owner-gone" });
  await page.goto("/topics/data");
  await expect(page.getByTestId("last-sync")).toHaveAttribute("data-status", "interrupted");
  await expect(page.getByTestId("last-sync")).toContainText("its process ended without finishing");
  await expect(page.getByTestId("refresh-now")).toBeEnabled();
  await expect(page.getByTestId("sync-progress")).toHaveCount(0);
});

test("a review with bad parameters shows the API's 4xx at once, asked once, not retried", async ({ page, consoleErrors }) => {
  for (const query of ["from=abc", "topics=nonexistent", `topics=${"a".repeat(120)}`]) {
    let asked = 0;
    const count = (r: import("@playwright/test").Request) => {
      if (r.url().includes("/api/reviews/live")) asked++;
    };
    page.on("request", count);
    const started = Date.now();
    await page.goto(`/review?${query}`);
    await expect(page.getByTestId("review-error")).toBeVisible({ timeout: 4_000 });
    expect(Date.now() - started, query).toBeLessThan(4_000);
    await page.waitForTimeout(1_500); // room for a retry, were there one
    expect(asked, query).toBe(1);
    page.off("request", count);
  }
  await page.goto("about:blank");
  // Chromium logs each 4xx the page asked for (400 for a bad period, 404 for an unknown topic);
  // that is this test's point, not an error.
  expect(consoleErrors.every((e) => /status of 40[04]/.test(e))).toBe(true);
  consoleErrors.splice(0, consoleErrors.length);
});

test("an over-long or unknown saved-review id or topic slug is a 404 page", async ({ page, consoleErrors }) => {
  for (const path of [`/reviews/${"9".repeat(300)}`, "/reviews/987654", `/topics/${"a".repeat(300)}`, `/topics/${"a".repeat(300)}/edit`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
  await page.goto("about:blank");
  expect(consoleErrors.every((e) => e.includes("status of 404"))).toBe(true);
  consoleErrors.splice(0, consoleErrors.length);
});

test("a client navigation to \"/\" gets the page's RSC payload, not the cached HTML", async ({ page }) => {
  await page.goto("/compare");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("ranking-table")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await page.goBack();
  await expect(page.getByTestId("ranking-table")).toBeVisible();
  await page.waitForLoadState("networkidle");
});
