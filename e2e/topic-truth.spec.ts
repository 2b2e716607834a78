// Issue 9 in a real browser: labelling a paper moves the topic's on-topic rate, the query lab
// counts what a draft gains and loses, and the compare page shows the overlap matrix. Then
// screenshots of the three, light and dark, desktop and phone width.
import type { Page } from "@playwright/test";
import { test, expect } from "./console-guard";
import { addMonths, currentMonth } from "../lib/calendar/months";

const SLUG = "multi-modal-model";
const to = addMonths(currentMonth(), -1);
const COMPARE = `/compare?topics=language-model,multi-modal-model,vision-model&from=${addMonths(to, -35)}&to=${to}`;
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

test.describe.configure({ mode: "serial" });

/** In light and dark, at desktop and phone width: the page fits the viewport, then `shoot`. */
async function shootEverySize(page: Page, shoot: (scheme: "light" | "dark", vp: string) => Promise<unknown>): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    for (const [vp, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "page wider than the viewport").toBeLessThanOrEqual(0);
      await shoot(scheme, vp);
    }
  }
}

test("labelling a paper on the topic page changes its on-topic rate", async ({ page, request }) => {
  await page.goto(`/topics/${SLUG}`);
  const rate = page.getByTestId("on-topic-rate");
  const before = (await request.get(`/api/topics/${SLUG}/labels`).then((r) => r.json())) as { rate: { labelled: number } };
  await expect(rate).toHaveText(before.rate.labelled === 0 ? "not labelled yet" : /labelled/);
  await page.getByTestId("labeller-name").fill("E2E Labeller");
  const rows = page.getByTestId("paper-row");
  await expect(rows.first()).toBeVisible();
  // Two on, one off: 67%, whatever was there before counts too.
  await rows.nth(0).getByTestId("label-on").click();
  await rows.nth(1).getByTestId("label-on").click();
  await rows.nth(2).getByTestId("label-off").click();
  await expect(rows.nth(0).getByTestId("label-on")).toHaveAttribute("aria-pressed", "true");
  await expect(rows.nth(2).getByTestId("label-by")).toContainText("E2E Labeller");
  const labelled = before.rate.labelled + 3;
  await expect(rate).toHaveText(new RegExp(`^\\d+% on-topic, \\d+–\\d+%, ${labelled} labelled$`));
  // The server agrees after a reload (the optimistic text was not just local).
  await page.reload();
  await expect(page.getByTestId("on-topic-rate")).toHaveText(new RegExp(`${labelled} labelled$`));
  await expect(page.getByTestId("paper-row").nth(2).getByTestId("topic-label")).toHaveAttribute("data-label", "off");
  const rateText = (await page.getByTestId("on-topic-rate").textContent())!;
  // The overview's card shows the same rate, from the same labels.
  await page.goto("/");
  await expect(page.getByTestId(`on-topic-${SLUG}`)).toHaveText(rateText);
  await page.goto(`/topics/${SLUG}`);
  // The chart's estimate is off by default and can be turned on once a rate exists.
  const toggle = page.getByTestId("estimate-toggle");
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeChecked();
});

test("a paper can be labelled for its topics from a review", async ({ page, request }) => {
  await page.goto(`/review?from=${addMonths(currentMonth(), -2)}-01`);
  await page.getByTestId("reviewer-name").fill("E2E Reviewer");
  await page.getByTestId("reviewer-name").press("Tab");
  const card = page.getByTestId("review-paper").first();
  await expect(card).toBeVisible();
  const paperId = await card.getAttribute("data-paper-id");
  // Clicked by script, as e2e/review.spec.ts does: cards that render as they scroll into view
  // can move under the pointer between Playwright's scroll and its click.
  await card.getByTestId("review-topic-labels-toggle").dispatchEvent("click");
  const first = card.getByTestId("topic-label").first();
  await first.getByTestId("label-off").dispatchEvent("click");
  await expect(first).toHaveAttribute("data-label", "off");
  // Which topic it was: the card's first topic; the server holds the label for it.
  const slugs = (await request.get("/api/topics").then((r) => r.json())) as { topics: { slug: string }[] };
  const labelled = await Promise.all(
    slugs.topics.map(async (t) => ((await request.get(`/api/topics/${t.slug}/labels`).then((r) => r.json())) as { labels: Record<string, { label: string }> }).labels[paperId!]?.label ?? null),
  );
  expect(labelled.filter((l) => l === "off").length).toBeGreaterThanOrEqual(1);
});

test("the query lab counts what a draft gains and loses, as the API does", async ({ page, request }) => {
  await page.goto(`/topics/${SLUG}`);
  await page.getByTestId("open-lab").click();
  await expect(page).toHaveURL(new RegExp(`/topics/${SLUG}/lab$`));
  const current = (await page.getByTestId("lab-current-query").textContent())!;
  const { topic } = (await request.get(`/api/topics/${SLUG}`).then((r) => r.json())) as { topic: { query: string } };
  expect(current).toBe(topic.query);
  // The draft starts as the current query: nothing gained or lost.
  await expect(page.getByTestId("lab-draft")).toHaveValue(current);
  await expect(page.getByTestId("lab-gained-total")).toHaveText("0");
  await expect(page.getByTestId("lab-lost-total")).toHaveText("0");
  // A short draft (the roadmap queries are near the length limit, so "current OR x" may not fit).
  const draft = "ti:multimodal OR ti:multi-modal OR abs:benchmark";
  await page.getByTestId("lab-draft").fill(draft);
  const api = (await request
    .post(`/api/topics/${SLUG}/lab`, { data: { query: draft }, headers: { origin: new URL(page.url()).origin } })
    .then((r) => r.json())) as { totals: { gained: number; lost: number } };
  expect(api.totals.gained).toBeGreaterThan(0);
  expect(api.totals.lost).toBeGreaterThan(0);
  await expect(page.getByTestId("lab-gained-total")).toHaveText(api.totals.gained.toLocaleString("en-US"));
  await expect(page.getByTestId("lab-lost-total")).toHaveText(api.totals.lost.toLocaleString("en-US"));
  await expect(page.getByTestId("lab-papers")).toHaveAttribute("data-total", String(api.totals.gained));
  await expect(page.getByTestId("lab-paper").first()).toBeVisible();
  await shootEverySize(page, (scheme, vp) => page.screenshot({ path: `e2e/screenshots/query-lab-${scheme}-${vp}.png`, fullPage: true }));
});

test("a paper the draft gains is labelled in the lab, and saving the draft makes that label count", async ({ page, request }) => {
  type TopicAnswer = { topic: { query: string; queryVersion: number } };
  type LabelsAnswer = { queryVersion: number; rate: { labelled: number }; labels: Record<string, { label: string; labelledBy: string; queryVersion: number }> };
  const before = ((await request.get(`/api/topics/${SLUG}`).then((r) => r.json())) as TopicAnswer).topic;
  await page.goto(`/topics/${SLUG}/lab`);
  await page.getByTestId("labeller-name").fill("Lab Labeller");
  const draft = "ti:multimodal OR ti:multi-modal OR abs:benchmark";
  await page.getByTestId("lab-draft").fill(draft);
  await expect(page.getByTestId("lab-papers")).toHaveAttribute("data-side", "gained");
  const gained = page.getByTestId("lab-paper").first();
  const paperId = (await gained.getAttribute("data-paper-id"))!;
  await gained.getByTestId("label-on").click();
  await expect(gained.getByTestId("topic-label")).toHaveAttribute("data-label", "on");
  await expect(gained.getByTestId("label-by")).toContainText("Lab Labeller");
  // Stored for the topic, but the current version does not match the paper, so its rate is unmoved.
  const labelsBefore = (await request.get(`/api/topics/${SLUG}/labels`).then((r) => r.json())) as LabelsAnswer;
  expect(labelsBefore.labels[paperId]).toMatchObject({ label: "on", labelledBy: "Lab Labeller", queryVersion: before.queryVersion });
  const rateBefore = labelsBefore.rate.labelled;

  await page.getByTestId("lab-save").click();
  await expect(page).toHaveURL(new RegExp(`/topics/${SLUG}$`));
  const after = ((await request.get(`/api/topics/${SLUG}`).then((r) => r.json())) as TopicAnswer).topic;
  expect(after.query).toBe(draft);
  expect(after.queryVersion).toBeGreaterThan(before.queryVersion);
  const labelsAfter = (await request.get(`/api/topics/${SLUG}/labels`).then((r) => r.json())) as LabelsAnswer;
  expect(labelsAfter.queryVersion).toBe(after.queryVersion);
  // The lab's label now measures the saved version (made under the old one, which it says).
  expect(labelsAfter.labels[paperId]).toMatchObject({ label: "on", queryVersion: before.queryVersion });
  expect(labelsAfter.rate.labelled).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("on-topic-rate")).toHaveText(new RegExp(`${labelsAfter.rate.labelled} labelled$`));

  // Put the topic back for the tests after this one (the same text is the same version again).
  const restored = await request.patch(`/api/topics/${SLUG}`, { data: { query: before.query }, headers: { origin: new URL(page.url()).origin } });
  expect(restored.status()).toBe(200);
  expect(((await restored.json()) as TopicAnswer).topic.queryVersion).toBe(before.queryVersion);
  const labelsRestored = (await request.get(`/api/topics/${SLUG}/labels`).then((r) => r.json())) as LabelsAnswer;
  expect(labelsRestored.rate.labelled).toBe(rateBefore);
});

test("the compare page shows the overlap matrix of the compared topics", async ({ page, request }) => {
  await page.goto(COMPARE);
  const matrix = page.getByTestId("overlap-matrix");
  await expect(matrix).toBeVisible();
  await expect(matrix.getByTestId("overlap-cell")).toHaveCount(9);
  const api = (await request.get(`/api/overlap?topics=language-model,multi-modal-model,vision-model&from=${addMonths(to, -35)}&to=${to}`).then((r) => r.json())) as {
    rows: { both: number }[][];
  };
  const cell = matrix.locator('[data-row="multi-modal-model"][data-column="language-model"]');
  await expect(cell).toHaveAttribute("data-both", String(api.rows[1]![0]!.both));
  await shootEverySize(page, (scheme, vp) => page.getByTestId("overlap-section").screenshot({ path: `e2e/screenshots/overlap-${scheme}-${vp}.png` }));
});

test("screenshots of the labelled topic page", async ({ page }) => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [vp, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/topics/${SLUG}`);
      await expect(page.getByTestId("on-topic-rate")).toHaveText(/labelled$/);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "page wider than the viewport").toBeLessThanOrEqual(0);
      await page.screenshot({ path: `e2e/screenshots/topic-labelled-${scheme}-${vp}.png`, fullPage: true });
      // The rate and the chart with the estimate turned on, at full resolution.
      await page.getByTestId("estimate-toggle").check();
      await page.getByTestId("on-topic-section").scrollIntoViewIfNeeded();
      const top = (await page.getByTestId("on-topic-section").boundingBox())!;
      const chart = (await page.getByTestId("monthly-chart").boundingBox())!;
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.screenshot({ path: `e2e/screenshots/topic-estimate-${scheme}-${vp}.png`, fullPage: true, clip: { x: 0, y: scrolled + top.y - 8, width: size.width, height: chart.y + chart.height - top.y + 16 } });
      // The overview's Models row, where the labelled topic's card carries its rate.
      await page.goto("/");
      await expect(page.getByTestId(`on-topic-${SLUG}`)).toHaveText(/labelled$/);
      await page.getByTestId(`topic-card-${SLUG}`).locator("..").screenshot({ path: `e2e/screenshots/overview-labelled-${scheme}-${vp}.png` });
    }
  }
});
