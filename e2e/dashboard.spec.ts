// The dashboard in a real browser, against the built server and the simulator's store.
import { test, expect } from "./console-guard";
import { simulatedTotal } from "../lib/simulator/model";
import { addMonths, currentMonth, monthRange, submittedDateRange, type MonthKey } from "../lib/calendar/months";
import { findTopic, ROADMAP_SLUGS } from "../lib/topics/catalog";

const truth = (slug: string, month: MonthKey) => simulatedTotal(findTopic(slug)!.query, submittedDateRange(month));

test("overview shows the 16 topics in the roadmap's 4 parts, each with a sparkline", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("simulated-badge")).toBeVisible();
  const parts = { resource: 4, models: 3, "key-technologies": 5, application: 4 };
  for (const [part, n] of Object.entries(parts)) {
    await expect(page.getByTestId(`part-${part}`).locator('[data-testid^="topic-card-"]')).toHaveCount(n);
  }
  for (const slug of ROADMAP_SLUGS) {
    const spark = page.getByTestId(`sparkline-${slug}`);
    await expect(spark).toBeVisible();
    await expect(spark).toHaveAttribute("data-months", "24");
    // The seeded store holds every full month, so no sparkline point is missing.
    await expect(spark).toHaveAttribute("data-missing", "0");
  }
  const lastFull = addMonths(currentMonth(), -1);
  await expect(page.getByTestId("last-month-count-dialogue")).toContainText(truth("dialogue", lastFull).toLocaleString("en-US"));
  await expect(page.getByTestId("ranking-table").locator('[data-testid^="ranking-row-"]')).toHaveCount(16);
});

test("the theme toggle cycles auto, light, dark and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByTestId("theme-toggle");
  await expect(toggle).toHaveAttribute("data-theme-choice", "system");
  await toggle.click();
  await expect(toggle).toHaveAttribute("data-theme-choice", "light");
  await toggle.click();
  await expect(toggle).toHaveAttribute("data-theme-choice", "dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await toggle.click();
  await expect(toggle).toHaveAttribute("data-theme-choice", "system");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("the ranking sorts by each metric", async ({ page }) => {
  await page.goto("/");
  const table = page.getByTestId("ranking-table");
  await table.locator('th[data-metric="yoy"] button, th[data-metric="yoy"]').first().click();
  await expect(table.locator('th[data-metric="yoy"]')).toHaveAttribute("aria-sort", /descending|ascending/);
});

for (const months of [12, 36, 60]) {
  test(`a topic page draws one bar per month of the last ${months} months with the simulator's counts`, async ({ page }) => {
    await page.goto(`/topics/dialogue?range=${months}`);
    const bars = page.getByTestId("month-bar");
    // The preset is that many full months plus the running one.
    await expect(bars).toHaveCount(months + 1);
    const running = currentMonth();
    const expected = monthRange(addMonths(running, -months), addMonths(running, -1));
    const drawn = await bars.evaluateAll((els) =>
      els.map((e) => ({ month: e.getAttribute("data-month"), count: e.getAttribute("data-count"), state: e.getAttribute("data-state") })),
    );
    expect(drawn.map((b) => b.month)).toEqual([...expected, running]);
    for (const b of drawn.slice(0, -1)) {
      expect(b.state).toBe("complete");
      expect(Number(b.count), b.month!).toBe(truth("dialogue", b.month as MonthKey));
    }
    // The running month is drawn apart: not complete.
    expect(drawn.at(-1)!.state).not.toBe("complete");
  });
}

test("a custom range from the URL draws exactly its months", async ({ page }) => {
  const to = addMonths(currentMonth(), -2);
  const from = addMonths(to, -4);
  await page.goto(`/topics/governance?from=${from}&to=${to}`);
  await expect(page.getByTestId("month-bar")).toHaveCount(5);
  const months = await page.getByTestId("month-bar").evaluateAll((els) => els.map((e) => e.getAttribute("data-month")));
  expect(months).toEqual(monthRange(from, to));
});

test("latest papers link to arXiv, filter by category and load more", async ({ page }) => {
  await page.goto("/topics/language-model");
  const rows = page.getByTestId("paper-row");
  await expect(rows.first()).toBeVisible();
  const first = rows.first();
  await expect(first.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5}v\d+$/);
  await expect(first.locator('a[href*="/pdf/"]')).toHaveAttribute("href", /^https:\/\/arxiv\.org\/pdf\//);
  await expect(page.getByTestId("arxiv-feed-link")).toHaveAttribute("href", /^https:\/\/export\.arxiv\.org\/api\/query\?search_query=/);
  await expect(page.getByTestId("arxiv-search-link")).toHaveAttribute("href", /^https:\/\/arxiv\.org\/search\//);

  // The abstract is there on demand.
  const abstract = first.getByTestId("paper-abstract");
  await expect(abstract.locator("p")).toHaveCount(0);
  await abstract.locator("summary").click();
  await expect(abstract.locator("p").first()).toBeVisible();

  const before = await rows.count();
  await page.getByTestId("load-more").click();
  await expect.poll(() => rows.count()).toBeGreaterThan(before);

  const chip = first.getByTestId("category-chip").first();
  // The chip reads e.g. "cs.CL (primary)": the category is its first word.
  const category = (await chip.textContent())!.trim().split(/\s/)[0]!;
  await chip.click();
  await expect(page.getByTestId("active-category")).toContainText(category);
  const cats = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  for (const c of cats) expect(c).toContain(category);
});

test("an unknown topic is a 404 page", async ({ page, consoleErrors }) => {
  const res = await page.goto("/topics/no-such-topic");
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  // Chromium logs the 404 status of the page itself; that is this test's point, not an error.
  const own404 = (e: string) => e.includes("status of 404");
  expect(consoleErrors.every(own404)).toBe(true);
  consoleErrors.splice(0, consoleErrors.length);
});

type Cell = { month: string; slug: string; value: number | null };
async function compareCells(page: import("@playwright/test").Page): Promise<Cell[]> {
  return page
    .getByTestId("compare-table")
    .locator("td[data-month]")
    .evaluateAll((els) =>
      els.map((e) => ({
        month: e.getAttribute("data-month")!,
        slug: e.getAttribute("data-slug")!,
        value: e.hasAttribute("data-value") ? Number(e.getAttribute("data-value")) : null,
      })),
    );
}

test.describe("compare", () => {
  const to = addMonths(currentMonth(), -1);
  const from = addMonths(to, -11);
  const topics = ["dialogue", "governance", "machine-translation"];
  const url = (mode: string) => `/compare?topics=${topics.join(",")}&from=${from}&to=${to}&mode=${mode}`;

  test("count mode holds the simulator's counts", async ({ page }) => {
    await page.goto(url("count"));
    await expect(page.getByTestId("compare-chart")).toHaveAttribute("data-mode", "count");
    const cells = await compareCells(page);
    expect(cells).toHaveLength(topics.length * 12);
    for (const c of cells) expect(c.value, `${c.slug} ${c.month}`).toBe(truth(c.slug, c.month as MonthKey));
  });

  test("indexed mode sets each topic's first month to 100", async ({ page }) => {
    await page.goto(url("indexed"));
    await expect(page.getByTestId("compare-chart")).toHaveAttribute("data-mode", "indexed");
    const cells = await compareCells(page);
    for (const slug of topics) {
      const own = cells.filter((c) => c.slug === slug);
      expect(own[0]!.value).toBeCloseTo(100, 6);
      const base = truth(slug, from);
      const last = own.at(-1)!;
      expect(last.value!).toBeCloseTo((truth(slug, last.month as MonthKey) / base) * 100, 6);
    }
  });

  test("share mode divides by the cs.* baseline of the same month", async ({ page }) => {
    await page.goto(url("share"));
    await expect(page.getByTestId("compare-chart")).toHaveAttribute("data-mode", "share");
    const cells = await compareCells(page);
    for (const c of cells.slice(0, 6)) {
      const expected = truth(c.slug, c.month as MonthKey) / truth("baseline-cs", c.month as MonthKey);
      expect(c.value!).toBeCloseTo(expected, 9);
    }
  });

  test("a pasted link reproduces the view", async ({ page, browser }) => {
    await page.goto(url("count"));
    await page.getByTestId("compare-mode-indexed").click();
    await expect(page).toHaveURL(/mode=indexed/);
    const cells = await compareCells(page);
    const pasted = await browser.newPage();
    await pasted.goto(page.url());
    await expect(pasted.getByTestId("compare-chart")).toHaveAttribute("data-mode", "indexed");
    expect(await compareCells(pasted)).toEqual(cells);
    await pasted.close();
  });
});

// Last: it changes the store. The e2e store was synced up to the previous month, so a refresh
// has the running month of every topic to fetch, paced at 400 ms per request.
test("pressing refresh shows progress and the new data arrive without a reload", async ({ page }) => {
  await page.goto("/topics/dialogue?range=12");
  const running = currentMonth();
  const lastBar = page.getByTestId("month-bar").last();
  await expect(lastBar).toHaveAttribute("data-month", running);
  await expect(lastBar).toHaveAttribute("data-state", "missing");
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  await page.getByTestId("refresh-now").click();
  const progress = page.getByTestId("sync-progress");
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute("data-total"))).toBeGreaterThan(0);
  await expect.poll(async () => Number(await progress.getAttribute("data-done")), { timeout: 60_000 }).toBeGreaterThan(0);

  await expect(lastBar).toHaveAttribute("data-state", "partial", { timeout: 90_000 });
  // The simulator's running month grows with its clock: the count is the truth at some moment
  // between a few minutes ago and now.
  const count = Number(await lastBar.getAttribute("data-count"));
  const range = submittedDateRange(running);
  const query = findTopic("dialogue")!.query;
  expect(count).toBeLessThanOrEqual(simulatedTotal(query, range, { now: new Date() }));
  expect(count).toBeGreaterThanOrEqual(simulatedTotal(query, range, { now: new Date(Date.now() - 10 * 60_000) }));
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await expect(page.getByTestId("last-sync")).toHaveAttribute("data-status", "succeeded", { timeout: 90_000 });
});
