// The dashboard in a real browser, against the built server and the store harvested from the
// simulator. Counts are computed from the local index: what a page shows is checked against the
// counts API, and every count against the papers its drill-down lists.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect } from "./console-guard";
import { addMonths, currentMonth, monthRange, type MonthKey } from "../lib/calendar/months";
import { ROADMAP_SLUGS } from "../lib/topics/catalog";
import type { RankMetric } from "../lib/metrics/rank";

/** The counts API's numbers for a topic over a range of months (null = not counted). */
async function apiCounts(request: APIRequestContext, slug: string, from: MonthKey, to: MonthKey): Promise<Map<string, number | null>> {
  const res = await request.get(`/api/topics/${slug}/counts?from=${from}&to=${to}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { months: { month: string; count: number | null }[] };
  return new Map(body.months.map((m) => [m.month, m.count]));
}

/** Clicks a month's column the way a person does: anywhere in its column of the plot (a bar of the running month can be a sliver). */
async function clickBar(page: Page, month: string): Promise<void> {
  await page.getByTestId("month-click-layer").scrollIntoViewIfNeeded();
  const bar = (await page.locator(`[data-testid="month-bar"][data-month="${month}"]`).boundingBox())!;
  const plot = (await page.getByTestId("month-click-layer").boundingBox())!;
  await page.mouse.click(bar.x + bar.width / 2, plot.y + plot.height / 2);
}

type DrawnBar = { month: string; count: string | null; state: string | null };
async function drawnBars(page: Page): Promise<DrawnBar[]> {
  return page
    .getByTestId("month-bar")
    .evaluateAll((els) => els.map((e) => ({ month: e.getAttribute("data-month")!, count: e.getAttribute("data-count"), state: e.getAttribute("data-state") })));
}

test("overview shows the 16 topics in the roadmap's 4 parts, each with a sparkline", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByTestId("simulated-badge")).toBeVisible();
  // scripts/demo.ts --e2e runs the simulator at 2% of real volume, and the notice says so.
  await expect(page.getByTestId("simulated-scale")).toHaveText(/at 2% of real volume/);
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
  const expected = (await apiCounts(request, "dialogue", lastFull, lastFull)).get(lastFull);
  expect(expected, "the e2e store counts the last full month").toEqual(expect.any(Number));
  await expect(page.getByTestId("last-month-count-dialogue")).toContainText(expected!.toLocaleString("en-US"));
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

/** Values in the order shown: highest (or lowest) first, topics without a value after all others. */
function expectRankedOrder(values: (number | null)[], direction: "descending" | "ascending", metric: string): void {
  const firstNull = values.indexOf(null);
  const valued = (firstNull === -1 ? values : values.slice(0, firstNull)) as number[];
  expect(values.slice(valued.length).every((v) => v === null), `${metric}: no value after the first topic without one`).toBe(true);
  expect(new Set(valued).size, `${metric}: at least two different values to order`).toBeGreaterThan(1);
  const sorted = [...valued].sort((a, b) => (direction === "descending" ? b - a : a - b));
  expect(valued, `${metric} ${direction}`).toEqual(sorted);
}

test("the ranking sorts by each metric, highest first, and a second click reverses it", async ({ page }) => {
  await page.goto("/");
  const table = page.getByTestId("ranking-table");
  const shownValues = (metric: RankMetric) =>
    table
      .locator(`tbody td[data-metric="${metric}"]`)
      .evaluateAll((els) => els.map((e) => (e.hasAttribute("data-value") ? Number(e.getAttribute("data-value")) : null)));
  await expect(table.locator("tbody tr")).toHaveCount(16);
  for (const metric of ["momentumRatio", "yoy", "trailing3YoY", "acceleration"] as const) {
    const heading = table.locator(`th[data-metric="${metric}"]`);
    // Momentum is the ranking on arrival; the others are one click away.
    if (metric !== "momentumRatio") await heading.getByRole("button").click();
    await expect(heading).toHaveAttribute("aria-sort", "descending");
    await expect(table).toHaveAttribute("data-sort", metric);
    expectRankedOrder(await shownValues(metric), "descending", metric);
    await heading.getByRole("button").click();
    await expect(heading).toHaveAttribute("aria-sort", "ascending");
    expectRankedOrder(await shownValues(metric), "ascending", metric);
  }
});

for (const months of [12, 36, 60]) {
  test(`a topic page draws one bar per month of the last ${months} months with the index's counts`, async ({ page, request }) => {
    await page.goto(`/topics/dialogue?range=${months}`);
    const bars = page.getByTestId("month-bar");
    // The preset is that many full months plus the running one.
    await expect(bars).toHaveCount(months + 1);
    const running = currentMonth();
    const expected = monthRange(addMonths(running, -months), addMonths(running, -1));
    const drawn = await drawnBars(page);
    expect(drawn.map((b) => b.month)).toEqual([...expected, running]);
    const api = await apiCounts(request, "dialogue", expected[0]!, running);
    // The e2e store harvested the last 24 full months: those are counted, older ones are gaps.
    const harvested = monthRange(addMonths(running, -24), addMonths(running, -1));
    for (const b of drawn.slice(0, -1)) {
      const count = api.get(b.month);
      if (harvested.includes(b.month as MonthKey)) {
        expect(b.state, b.month).toBe("complete");
        expect(count, b.month).toEqual(expect.any(Number));
      }
      if (count === null || count === undefined) expect(b.state, b.month).toBe("missing");
      else expect(Number(b.count), b.month).toBe(count);
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
  // The previous list stays (dimmed) until the filtered one arrives.
  await expect
    .poll(async () => (await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ""))).every((c) => c.includes(category)))
    .toBe(true);
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

test.describe("every number opens", () => {
  test("a bar's drill-down totals the bar's count and pages through exactly that many papers", async ({ page, request }) => {
    await page.goto("/topics/dialogue?range=12");
    await expect(page.getByTestId("month-bar")).toHaveCount(13);
    const bars = await drawnBars(page);
    const complete = bars.filter((b) => b.state === "complete").map((b) => ({ month: b.month as MonthKey, count: Number(b.count) }));
    expect(complete.length).toBeGreaterThan(6);
    // A month that needs more than one page, and not too many: the paging is the point.
    const paged = complete.filter((b) => b.count > 20).sort((a, b) => a.count - b.count);
    const bar = paged[0] ?? complete.sort((a, b) => b.count - a.count)[0]!;
    const api = await apiCounts(request, "dialogue", bar.month, bar.month);
    expect(api.get(bar.month)).toBe(bar.count);

    // A click on the bar itself.
    await page.locator(`[data-testid="month-bar"][data-month="${bar.month}"]`).click();
    await expect(page).toHaveURL(new RegExp(`[?&]month=${bar.month}`));
    const panel = page.getByTestId("drilldown");
    await expect(panel).toHaveAttribute("data-month", bar.month);
    await expect(page.locator(`[data-testid="month-bar"][data-month="${bar.month}"]`)).toHaveAttribute("data-selected", "true");
    const total = panel.getByTestId("drilldown-total");
    await expect(total).toHaveAttribute("data-total", String(bar.count));
    await expect(total).toContainText(new RegExp(`^${bar.count.toLocaleString("en-US")} papers? in `));

    // Each paper: a link to arXiv, authors, a date in the month, and the query terms it matched.
    const first = panel.getByTestId("drilldown-paper").first();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/arxiv\.org\/abs\//);
    await expect(first.locator("time")).toHaveAttribute("datetime", new RegExp(`^${bar.month}-`));
    await expect(first.getByTestId("drilldown-matched")).toContainText(/matched:\s*(ti|abs|all|au|co|cat):/);

    // Page through: exactly `total` distinct papers, each published in the month.
    const seen = new Set<string>();
    for (let pageNo = 0; pageNo < 100; pageNo++) {
      const list = panel.getByTestId("drilldown-list");
      await expect(list).toHaveAttribute("data-offset", String(pageNo * 20));
      await expect(panel.locator("ol")).toHaveAttribute("aria-busy", "false");
      const rows = await panel.getByTestId("drilldown-paper").evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute("data-paper-id")!, date: e.querySelector("time")?.getAttribute("datetime") ?? "" })),
      );
      for (const r of rows) {
        expect(r.date.startsWith(bar.month), `${r.id} published ${r.date}`).toBe(true);
        seen.add(r.id);
      }
      const next = panel.getByTestId("drilldown-next");
      if ((await next.count()) === 0 || (await next.isDisabled())) break;
      await next.click();
    }
    expect(seen.size).toBe(bar.count);

    // The month is in the URL: a reload shows the same drill-down; Escape closes it.
    await page.reload();
    await expect(page.getByTestId("drilldown-total")).toHaveAttribute("data-total", String(bar.count));
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("drilldown")).toHaveCount(0);
    await expect(page).not.toHaveURL(/month=/);
  });

  test("the month select opens a drill-down from the keyboard, and the close button closes it", async ({ page }) => {
    await page.goto("/topics/governance?range=12");
    const month = addMonths(currentMonth(), -3);
    const bar = page.locator(`[data-testid="month-bar"][data-month="${month}"]`);
    const count = await bar.getAttribute("data-count");
    const select = page.getByTestId("drilldown-month-select");
    await select.focus();
    await select.selectOption(month);
    await expect(page.getByTestId("drilldown-total")).toHaveAttribute("data-total", count!);
    // The panel takes the focus, so the keyboard is where the papers are.
    await expect(page.getByTestId("drilldown").locator("h3")).toBeFocused();
    await page.getByTestId("drilldown-close").click();
    await expect(page.getByTestId("drilldown")).toHaveCount(0);
  });
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

  const counted = async (request: APIRequestContext) =>
    new Map(await Promise.all([...topics, "baseline-cs"].map(async (slug) => [slug, await apiCounts(request, slug, from, to)] as const)));

  test("count mode holds the index's counts", async ({ page, request }) => {
    await page.goto(url("count"));
    await expect(page.getByTestId("compare-chart")).toHaveAttribute("data-mode", "count");
    const api = await counted(request);
    const cells = await compareCells(page);
    expect(cells).toHaveLength(topics.length * 12);
    for (const c of cells) {
      expect(c.value, `${c.slug} ${c.month}`).toEqual(expect.any(Number));
      expect(c.value, `${c.slug} ${c.month}`).toBe(api.get(c.slug)!.get(c.month));
    }
  });

  test("clicking a month opens one tab per topic, each with the month's count", async ({ page }) => {
    await page.goto(url("count"));
    const cells = await compareCells(page);
    // A click in the middle of the plot opens the month under the pointer.
    const layer = page.getByTestId("compare-chart").getByTestId("month-click-layer");
    await layer.scrollIntoViewIfNeeded();
    const plot = (await layer.boundingBox())!;
    await page.mouse.click(plot.x + plot.width / 2, plot.y + plot.height / 2);
    const panel = page.getByTestId("drilldown");
    await expect(panel).toBeVisible();
    const month = (await panel.getAttribute("data-month"))!;
    expect(monthRange(from, to)).toContain(month);
    await expect(page).toHaveURL(new RegExp(`[?&]month=${month}`));
    for (const slug of topics) {
      const cell = cells.find((c) => c.slug === slug && c.month === month)!;
      await expect(panel.getByTestId(`drilldown-tab-${slug}`)).toHaveAttribute("data-total", String(cell.value));
    }
    // The first tab (the chart's first topic) is open; another tab lists that topic's papers.
    const shown = (await page.getByTestId("compare-chart").getAttribute("data-topics"))!.split(",");
    expect([...shown].sort()).toEqual([...topics].sort());
    await expect(panel.getByTestId("drilldown-list")).toHaveAttribute("data-slug", shown[0]!);
    await panel.getByTestId(`drilldown-tab-${shown[1]}`).click();
    const second = cells.find((c) => c.slug === shown[1] && c.month === month)!;
    await expect(panel.getByTestId("drilldown-list")).toHaveAttribute("data-slug", shown[1]!);
    await expect(panel.getByTestId("drilldown-total")).toHaveAttribute("data-total", String(second.value));
    // Arrow keys move between tabs.
    await panel.getByTestId(`drilldown-tab-${shown[1]}`).press("ArrowRight");
    await expect(panel.getByTestId(`drilldown-tab-${shown[2]}`)).toBeFocused();
    await expect(panel.getByTestId("drilldown-list")).toHaveAttribute("data-slug", shown[2]!);
  });

  test("indexed mode sets each topic's first month to 100", async ({ page, request }) => {
    await page.goto(url("indexed"));
    await expect(page.getByTestId("compare-chart")).toHaveAttribute("data-mode", "indexed");
    const cells = await compareCells(page);
    const api = await counted(request);
    for (const slug of topics) {
      const own = cells.filter((c) => c.slug === slug);
      expect(own[0]!.value).toBeCloseTo(100, 6);
      const base = api.get(slug)!.get(from)!;
      const last = own.at(-1)!;
      expect(last.value!).toBeCloseTo((api.get(slug)!.get(last.month)! / base) * 100, 6);
    }
  });

  test("share mode divides by all papers of the index's scope in the same month", async ({ page, request }) => {
    await page.goto(url("share"));
    await expect(page.getByTestId("compare-chart")).toHaveAttribute("data-mode", "share");
    const index = (await (await request.get(`/api/index?from=${from}&to=${to}`)).json()) as {
      scope: { categories: string[] };
      months: { month: string; papers: number }[];
    };
    const scopeText = `index’s scope (${index.scope.categories.length} categories)`;
    await expect(page.getByTestId("compare-mode-share").locator("..")).toContainText(scopeText);
    await expect(page.getByTestId("compare-chart").locator("figcaption")).toContainText(scopeText);
    await expect(page.getByTestId("compare-chart").locator("svg.recharts-surface path.recharts-curve")).toHaveCount(topics.length);
    const api = await counted(request);
    const cells = await compareCells(page);
    expect(cells).toHaveLength(topics.length * 12);
    for (const c of cells) {
      const baseline = api.get("baseline-cs")!.get(c.month)!;
      // The baseline is the index's own total of the month: the whole scope.
      expect(baseline, c.month).toBe(index.months.find((m) => m.month === c.month)!.papers);
      // A narrow topic can have a month without papers at the demo's small volume: a share of 0.
      expect(c.value!, `${c.slug} ${c.month}`).toBeGreaterThanOrEqual(0);
      expect(c.value!, `${c.slug} ${c.month}`).toBeLessThan(1);
      expect(c.value!).toBeCloseTo(api.get(c.slug)!.get(c.month)! / baseline, 9);
    }
    expect(cells.filter((c) => c.value! > 0).length, "cells with papers").toBeGreaterThan(cells.length / 2);
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
test("pressing refresh shows progress and the new data arrive without a reload", async ({ page, request }) => {
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
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await expect(page.getByTestId("last-sync")).toHaveAttribute("data-status", "succeeded", { timeout: 90_000 });
  // The running month's bar is the index's count so far, and its drill-down says "so far".
  const count = (await apiCounts(request, "dialogue", running, running)).get(running);
  expect(count).toEqual(expect.any(Number));
  await expect(lastBar).toHaveAttribute("data-count", String(count));
  await clickBar(page, running);
  await expect(page.getByTestId("drilldown-total")).toHaveAttribute("data-total", String(count));
  await expect(page.getByTestId("drilldown-total")).toContainText("so far");
});
