// Reviews at real arXiv volume (issue 10), in Chromium, on a store of its own: 3,500 papers in
// the last 7 days across the 16 roadmap topics, and an older history the team marked by a hidden
// rule (papers about reinforcement learning shortlisted, others dismissed). Keyboard triage,
// paging through every paper exactly once, a teammate's mark arriving without a reload, the
// team ranking, and screenshots at phone and desktop width, light and dark.
import type { Page } from "@playwright/test";
import { expect, test } from "./console-guard";
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openStoreReadOnly } from "./store-reader";
import { E2E_DIR, E2E_PORT, startBuiltServer } from "../lib/dev-env";
import { HIDDEN_SUBJECT } from "../scripts/review-week-rule";

const PORT = E2E_PORT + 2;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = path.join(E2E_DIR, "review-week.db");
const REVIEWER = "Kim (keyboard)";
let server: ChildProcess;
let weekIds: string[] = [];

test.describe.configure({ mode: "serial" });
// A trace snapshots the whole DOM at every step: with 3,500 cards loaded that, not the page, is slow.
test.use({ trace: "off" });

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  fs.mkdirSync(E2E_DIR, { recursive: true });
  // The seeder writes through lib/store (server-only), so it runs as its own process like the CLIs.
  const seeded = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed-review-week.ts", DB, "--week", "3500", "--history", "600", "--held-back", "0", "--json"],
    { encoding: "utf8", maxBuffer: 64 << 20 },
  );
  weekIds = (JSON.parse(seeded) as { weekIds: string[] }).weekIds;
  server = startBuiltServer(PORT, { RADAR_DB: DB, RADAR_SCHEDULE: "off" });
  await expect.poll(async () => (await request.get(`${BASE}/api/health`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

async function openReview(page: Page, query = ""): Promise<void> {
  await page.addInitScript((name: string) => window.localStorage.setItem("radar-reviewer", name), REVIEWER);
  await page.goto(`${BASE}/review${query}`);
  await expect(page.getByTestId("review-workspace")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("review-paper").first()).toBeVisible();
}

const card = (page: Page, id: string) => page.locator(`[data-testid="review-paper"][data-paper-id="${id}"]`);
const focusedId = (page: Page) => page.locator('[data-testid="review-paper"][data-focused="true"]').getAttribute("data-paper-id");

test("the first screenful comes with the HTML; tallies and group sizes are the server's", async ({ page, request }) => {
  const html = await (await request.get(`${BASE}/review`)).text();
  expect(html.length).toBeLessThan(300 * 1024);
  await openReview(page);
  await expect(page.getByTestId("tally-papers")).toHaveText("3500");
  expect(await page.getByTestId("review-paper").count()).toBeLessThanOrEqual(75);
  // Group sizes count the whole period, not the loaded page.
  const firstGroup = page.getByTestId("review-group").first().getByTestId("group-size");
  await expect(firstGroup).toContainText(/\d{3} listed/);
});

test("keyboard triage marks papers in order, and j/k, o, n and ? do what they say", async ({ page, request }) => {
  await openReview(page);
  await page.keyboard.press("?");
  await expect(page.getByTestId("key-help")).toBeVisible();
  await page.keyboard.press("?");
  await expect(page.getByTestId("key-help")).toBeHidden();

  const ids = await page.getByTestId("review-paper").evaluateAll((els) => els.slice(0, 4).map((e) => e.getAttribute("data-paper-id")!));
  await page.keyboard.press("j");
  expect(await focusedId(page)).toBe(ids[0]);
  // Quick presses: s then d on the first paper (must end dismissed), then the next two.
  await page.keyboard.press("s");
  await page.keyboard.press("d");
  await page.keyboard.press("j");
  await page.keyboard.press("r");
  await page.keyboard.press("j");
  await page.keyboard.press("s");
  await page.keyboard.press("k");
  expect(await focusedId(page)).toBe(ids[1]);
  await expect(card(page, ids[0]!)).toHaveAttribute("data-mark", "dismissed");
  await expect(card(page, ids[1]!)).toHaveAttribute("data-mark", "read");
  await expect(card(page, ids[2]!)).toHaveAttribute("data-mark", "shortlisted");
  // The server applied them in the order pressed.
  await expect
    .poll(async () => {
      const res = (await (await request.get(`${BASE}/api/marks?ids=${ids.slice(0, 3).join(",")}`)).json()) as { papers: { mark: { mark: string } | null }[] };
      return res.papers.map((p) => p.mark?.mark ?? null);
    })
    .toEqual(["dismissed", "read", "shortlisted"]);
  await expect(page.getByTestId("tally-dismissed")).toHaveText(/^\d+$/);

  await page.keyboard.press("o");
  await expect(card(page, ids[1]!).getByTestId("paper-abstract")).toHaveAttribute("open", "");
  await page.keyboard.press("n");
  await expect(card(page, ids[1]!).getByTestId("note-input")).toBeFocused();
  await page.keyboard.type("Read on the train");
  await card(page, ids[1]!).getByTestId("note-save").click();
  await expect(card(page, ids[1]!)).toContainText("Read on the train");
  // Keys typed in the note went to the note, not to triage: marks unchanged.
  await expect(card(page, ids[1]!)).toHaveAttribute("data-mark", "read");
  // Clean up for the other tests.
  for (const id of ids.slice(0, 3)) await request.post(`${BASE}/api/marks`, { data: { paperId: id, mark: null, reviewer: REVIEWER } });
});

test.describe("paging", () => {
  test("paging shows every paper of the week exactly once, while marks change", async ({ page, request }) => {
    test.setTimeout(300_000);
    await openReview(page, "?group=date");
    const pager = page.getByTestId("review-pager");
    let marked = 0;
    for (let i = 0; i < 200; i++) {
      if ((await pager.getAttribute("data-complete")) === "true") break;
      const loaded = Number(await pager.getAttribute("data-loaded"));
      // A teammate marks a paper further down while this reviewer pages.
      if (i % 10 === 0) {
        await request.post(`${BASE}/api/marks`, { data: { paperId: weekIds[weekIds.length - 1 - i]!, mark: "read", reviewer: "Teammate" } });
        marked++;
      }
      // A click by script: cards laid out as they scroll in (content-visibility) move the button.
      await page.getByTestId("load-more").evaluate((b) => (b as HTMLButtonElement).click());
      await expect(pager).not.toHaveAttribute("data-loaded", String(loaded));
    }
    await expect(pager).toHaveAttribute("data-complete", "true");
    const ids = await page.getByTestId("review-paper").evaluateAll((els) => els.map((e) => e.getAttribute("data-paper-id")!));
    expect(ids).toHaveLength(3500);
    expect(new Set(ids).size).toBe(3500);
    expect([...ids].sort()).toEqual([...weekIds].sort());
    expect(marked).toBeGreaterThan(3);
    for (let i = 0; i < 200; i += 10) await request.post(`${BASE}/api/marks`, { data: { paperId: weekIds[weekIds.length - 1 - i]!, mark: null, reviewer: "Teammate" } });
  });
});

test("a teammate's mark shows up without a reload or a new download of the review", async ({ page, request }) => {
  await openReview(page);
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  const reviewReads: string[] = [];
  page.on("request", (r) => {
    if (/\/api\/reviews\/live\/papers|\/review\b/.test(r.url())) reviewReads.push(r.url());
  });
  const id = (await page.getByTestId("review-paper").nth(4).getAttribute("data-paper-id"))!;
  await expect(card(page, id)).toHaveAttribute("data-mark", "none");
  await request.post(`${BASE}/api/marks`, { data: { paperId: id, mark: "shortlisted", reviewer: "Teammate" } });
  await expect(card(page, id)).toHaveAttribute("data-mark", "shortlisted", { timeout: 20_000 });
  await expect(card(page, id).getByTestId("paper-mark")).toContainText("Teammate");
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  expect(reviewReads).toEqual([]);
  await request.post(`${BASE}/api/marks`, { data: { paperId: id, mark: null, reviewer: "Teammate" } });
});

test("For the team puts papers like the shortlisted ones first and says why", async ({ page }) => {
  await openReview(page, "?rank=team");
  await expect(page.getByTestId("ranking-status")).toHaveAttribute("data-status", "ready");
  const top = await page.getByTestId("review-paper").evaluateAll((els) => els.slice(0, 20).map((e) => e.getAttribute("data-paper-id")!));
  const db = openStoreReadOnly(DB);
  const text = db.prepare("SELECT id, title || ' ' || summary AS t FROM papers WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(top)) as { id: string; t: string }[];
  const share = db.prepare("SELECT AVG(title || ' ' || summary LIKE '%reinforcement%') FROM papers WHERE id IN (SELECT value FROM json_each(?))").pluck().get(JSON.stringify(weekIds)) as number;
  db.close();
  const onSubject = text.filter((r) => HIDDEN_SUBJECT.test(r.t)).length;
  // About 6% of the week is on the subject; the top 20 should be mostly on it.
  expect(share).toBeLessThan(0.1);
  expect(onSubject).toBeGreaterThanOrEqual(16);
  await expect(page.getByTestId("paper-why").first()).toContainText("reinforcement");
  // More like this lists near papers of the recent months.
  await page.getByTestId("review-paper").first().getByTestId("similar-toggle").click();
  await expect(page.getByTestId("review-paper").first().getByTestId("similar-list").locator("li")).toHaveCount(8);
});

test("a saved review of 3,500 papers opens a page at a time, and its downloads stream every paper", async ({ page, request }) => {
  const saved = await request.post(`${BASE}/api/reviews`, { data: { title: "Volume week", savedBy: REVIEWER } });
  expect(saved.status()).toBe(201);
  const { id } = (await saved.json()) as { id: number };
  const html = await (await request.get(`${BASE}/reviews/${id}`)).text();
  expect(html.length).toBeLessThan(300 * 1024);
  await page.goto(`${BASE}/reviews/${id}`);
  await expect(page.getByTestId("tally-papers")).toHaveText("3500");
  await expect(page.getByTestId("saved-paper")).toHaveCount(25);
  await page.getByTestId("saved-load-more").evaluate((b) => (b as HTMLButtonElement).click());
  await expect(page.getByTestId("saved-paper")).toHaveCount(75);
  const csv = await request.get(`${BASE}/api/reviews/${id}/export?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const ids = new Set([...(await csv.text()).matchAll(/^(\d{4}\.\d{5}),/gm)].map((m) => m[1]));
  expect(ids.size).toBe(3500);
  const bib = await (await request.get(`${BASE}/api/reviews/${id}/export?format=bibtex`)).text();
  expect(bib.match(/^@misc\{/gm)).toHaveLength(3500);
  await request.delete(`${BASE}/api/reviews/${id}`);
});

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
for (const scheme of ["light", "dark"] as const) {
  for (const [vp, viewport] of Object.entries(VIEWPORTS)) {
    test(`screenshot review-volume ${scheme} ${vp}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await openReview(page, "?rank=team");
      await expect(page.getByTestId("ranking-status")).toBeVisible();
      await page.keyboard.press("j");
      await page.keyboard.press("?");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "page wider than the viewport").toBeLessThanOrEqual(0);
      fs.mkdirSync("e2e/screenshots", { recursive: true });
      await page.screenshot({ path: `e2e/screenshots/review-volume-${scheme}-${vp}.png`, fullPage: false });
      // The cards: the focused one marked, each with the words it is ranked for.
      await page.keyboard.press("?");
      await page.keyboard.press("s");
      await page.keyboard.press("j");
      await expect(page.getByTestId("review-paper").first()).toHaveAttribute("data-mark", "shortlisted");
      await page.getByTestId("review-paper").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `e2e/screenshots/review-volume-cards-${scheme}-${vp}.png`, fullPage: false });
      await page.request.post(`${BASE}/api/marks`, { data: { paperId: await page.getByTestId("review-paper").first().getAttribute("data-paper-id"), mark: null, reviewer: REVIEWER } });
    });
  }
}
