// Custom topics in the browser: a query checked as it is typed, a preview of its history counted
// over the local index as it is typed (no arXiv request), saving, syncing, a query edit that
// starts a new version, archiving; and a
// roadmap topic that can be restored but never archived or deleted. Leaves the store with the
// 16 roadmap topics as they were and no live custom topic of its own.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { addMonths, lastFullMonth, monthRange } from "../lib/calendar/months";
import { slugFromName } from "../lib/topics/topic-input";
import { E2E_SIM_PORT } from "../lib/dev-env";

const STAMP = Date.now().toString(36);
const NAME = `E2E Retrieval ${STAMP}`;
const SLUG = slugFromName(NAME);
const BAD_QUERY = 'abs:"retrieval augmented" and cat:cs.CL';
const GOOD_QUERY = 'abs:"retrieval augmented" AND cat:cs.CL';
const EDITED_QUERY = 'abs:"retrieval augmented" AND (cat:cs.CL OR cat:cs.IR)';
const ROADMAP_SLUG = "dialogue";

function collectErrors(page: Page): string[] {
  const list: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") list.push(m.text());
  });
  page.on("pageerror", (e) => list.push(e.message));
  return list;
}

/** How many requests the arXiv simulator has answered so far. */
async function simulatorRequests(request: APIRequestContext): Promise<number> {
  const res = await request.get(`http://127.0.0.1:${E2E_SIM_PORT}/_control/log`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as unknown[]).length;
}

type PreviewAnswer = { query: string; months: { month: string; count: number | null }[]; lastFullMonth: { month: string; count: number | null } };

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId("topic-form")).toHaveAttribute("data-hydrated", "true");
}

/** Other specs share the server: no sync of ours may still run when they start. */
async function waitForSyncToEnd(request: APIRequestContext): Promise<void> {
  await expect
    .poll(async () => ((await (await request.get("/api/sync")).json()) as { running: boolean }).running, { timeout: 90_000, intervals: [500] })
    .toBe(false);
}

test.afterAll(async ({ request }) => {
  // Whatever happened above, leave the roadmap as the catalog has it and our topic archived.
  await request.post(`/api/topics/${SLUG}/archive`);
  await request.post(`/api/topics/${ROADMAP_SLUG}/restore`);
  await waitForSyncToEnd(request);
});

test("a custom topic from an invalid query to archived, and a roadmap topic restored", async ({ page, request }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByTestId("new-topic").click();
  await expect(page).toHaveURL(/\/topics\/new$/);
  await expect(page.getByTestId("topic-form")).toHaveAttribute("data-hydrated", "true");

  await page.getByTestId("topic-name-input").fill(NAME);
  await page.getByTestId("topic-description-input").fill("Retrieval-augmented generation for language tasks.");

  // Checked as typed: the reason, and a caret under the offending word.
  const query = page.getByTestId("topic-query-input");
  await query.pressSequentially(BAD_QUERY, { delay: 5 });
  await expect(page.getByTestId("query-problem-reason")).toContainText('"and" is not an operator');
  await expect(page.getByTestId("query-problem")).toContainText(`Character ${BAD_QUERY.indexOf(" and ") + 2}`);
  const caret = (await page.getByTestId("query-caret").textContent())!.split("\n");
  expect(caret[0]).toBe(BAD_QUERY);
  expect(caret[1]!.indexOf("^")).toBe(BAD_QUERY.indexOf(" and ") + 1);
  // No preview for a query that does not parse.
  await expect(page.getByTestId("preview-result")).toContainText("Write a valid query");
  await expect(page.getByTestId("preview-value")).toHaveCount(0);
  await page.getByTestId("topic-save").click();
  await expect(page.getByTestId("topic-saved")).toHaveCount(0);

  // Fixed: read back in plain English.
  await query.fill(GOOD_QUERY);
  await expect(page.getByTestId("query-problem")).toHaveCount(0);
  await expect(page.getByTestId("query-description")).toHaveText('abstract mentions "retrieval augmented" and category is cs.CL');

  // Its history over the index, shown as typed (no button): the last full month large and a
  // bar per month of the last 24, all harvested in the e2e store, counted without asking arXiv.
  const lastFull = lastFullMonth(new Date());
  const preview = page.getByTestId("preview-value");
  await expect(preview).toBeVisible({ timeout: 10_000 });
  await expect(preview).toHaveAttribute("data-month", lastFull);
  await expect(preview).toHaveAttribute("data-count", /^\d+$/);
  await expect(page.getByTestId("preview-result")).toHaveAttribute("data-state", "ready");
  const answer = (await (await request.post("/api/topics/preview", { data: { query: GOOD_QUERY } })).json()) as PreviewAnswer;
  await expect(preview).toHaveAttribute("data-count", String(answer.lastFullMonth.count));
  const bars = page.getByTestId("preview-bar");
  await expect(bars).toHaveCount(24);
  const drawn = await bars.evaluateAll((els) =>
    els.map((e) => ({ month: e.getAttribute("data-month"), count: e.getAttribute("data-count"), state: e.getAttribute("data-state") })),
  );
  expect(drawn.map((b) => b.month)).toEqual(monthRange(addMonths(lastFull, -23), lastFull));
  // Every one of the 24 months is harvested, so every bar carries its count: a missing
  // attribute is not read as 0.
  expect(drawn.map((b) => b.state)).toEqual(drawn.map(() => "complete"));
  expect(drawn.map((b) => b.count)).toEqual(answer.months.map((m) => String(m.count)));
  expect(answer.months.reduce((n, m) => n + (m.count ?? 0), 0), "the query matches papers of the index").toBeGreaterThan(0);

  // Typing a wider query updates the preview by itself, and arXiv is asked nothing.
  const before = await simulatorRequests(request);
  await query.fill(EDITED_QUERY);
  const wider = (await (await request.post("/api/topics/preview", { data: { query: EDITED_QUERY } })).json()) as PreviewAnswer;
  expect(wider.lastFullMonth.count!).toBeGreaterThanOrEqual(answer.lastFullMonth.count!);
  await expect(preview).toHaveAttribute("data-count", String(wider.lastFullMonth.count));
  await expect(page.getByTestId("preview-result")).toHaveAttribute("data-state", "ready");
  expect(await simulatorRequests(request)).toBe(before);
  // A category outside the index's scope is said, not silently counted as nothing.
  await query.fill('abs:"retrieval augmented" AND cat:astro-ph.GA');
  await expect(page.getByTestId("preview-scope-warning")).toBeVisible();
  await query.fill(GOOD_QUERY);
  await expect(page.getByTestId("preview-scope-warning")).toHaveCount(0);
  await expect(preview).toHaveAttribute("data-count", String(answer.lastFullMonth.count));

  // Saved: version 1, and a sync of this topic on offer.
  await page.getByTestId("topic-save").click();
  const saved = page.getByTestId("topic-saved");
  await expect(saved).toContainText(`Created “${NAME}”`);
  await expect(page.getByTestId("topic-version-change")).toHaveAttribute("data-current", "1");
  await page.getByTestId("sync-topic").click();
  await expect(page.getByTestId("sync-topic-result")).toContainText(/Sync started|already running/);
  await waitForSyncToEnd(request);

  // On the overview, under the custom topics.
  await page.goto("/");
  await expect(page.getByTestId("part-custom")).toContainText(NAME);

  // A new query starts a new version; the old one is kept.
  await openEditor(page, `/topics/${SLUG}/edit`);
  await expect(page.getByTestId("topic-lifecycle")).toHaveAttribute("data-origin", "custom");
  await page.getByTestId("topic-query-input").fill(EDITED_QUERY);
  await expect(page.getByTestId("query-version-notice")).toContainText("new query version");
  await page.getByTestId("topic-save").click();
  const change = page.getByTestId("topic-version-change");
  await expect(change).toHaveAttribute("data-previous", "1");
  await expect(change).toHaveAttribute("data-current", "2");
  await expect(change).toContainText("query version 1 → 2");
  await expect(page.getByTestId("sync-topic")).toBeVisible();
  await expect(page.getByTestId("query-version")).toHaveCount(2);
  await expect(page.locator('[data-testid="query-version"][data-current="true"]')).toHaveAttribute("data-version", "2");

  // Archived: off the overview.
  await page.getByTestId("topic-archive").click();
  await expect(page.getByTestId("topic-archive-state")).toHaveAttribute("data-archived", "true");
  await expect(page.getByTestId("topic-unarchive")).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("part-resource")).toBeVisible();
  await expect(page.getByText(NAME)).toHaveCount(0);

  // A roadmap topic: edit and restore, never archive or delete.
  await page.goto(`/topics/${ROADMAP_SLUG}`);
  await page.getByTestId("edit-topic").click();
  await expect(page).toHaveURL(new RegExp(`/topics/${ROADMAP_SLUG}/edit$`));
  await expect(page.getByTestId("topic-form")).toHaveAttribute("data-hydrated", "true");
  const lifecycle = page.getByTestId("topic-lifecycle");
  await expect(lifecycle).toHaveAttribute("data-origin", "roadmap");
  await expect(page.getByTestId("topic-restore")).toBeDisabled();
  await expect(page.getByTestId("topic-archive")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /delete|archive/i })).toHaveCount(0);
  await expect(page.getByTestId("topic-part-input")).toBeDisabled();
  const description = page.getByTestId("topic-description-input");
  const original = await description.inputValue();
  await description.fill(`${original} Edited by e2e.`);
  await page.getByTestId("topic-save").click();
  await expect(page.getByTestId("topic-version-change")).toHaveAttribute("data-changed", "false");
  await expect(page.getByTestId("topic-restore")).toBeEnabled();
  await page.getByTestId("topic-restore").click();
  await expect(page.getByTestId("topic-saved")).toContainText("Restored");
  await expect(page.getByTestId("topic-description-input")).toHaveValue(original);
  await expect(page.getByTestId("topic-restore")).toBeDisabled();

  expect(errors).toEqual([]);
});

test("topic, compare and overview pages link to exports and feeds that answer", async ({ page, request }) => {
  const errors = collectErrors(page);
  const answers = async (href: string | null, type: RegExp) => {
    expect(href).not.toBeNull();
    const res = await request.get(href!);
    expect(res.status(), href!).toBe(200);
    expect(res.headers()["content-type"]).toMatch(type);
    return res.text();
  };

  await page.goto(`/topics/${ROADMAP_SLUG}`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `/topics/${ROADMAP_SLUG}/feed.xml`);
  expect(await answers(await page.getByTestId("topic-export-bibtex").getAttribute("href"), /bibtex/)).toContain("@misc{");
  expect(await answers(await page.getByTestId("topic-export-csv").getAttribute("href"), /text\/csv/)).toMatch(/^\S+/);
  expect(await answers(await page.getByTestId("topic-feed").getAttribute("href"), /atom\+xml/)).toContain("<feed");

  await page.goto("/compare?topics=language-model,dialogue&from=2025-01&to=2025-06&mode=count");
  const counts = await answers(await page.getByTestId("compare-counts-csv").getAttribute("href"), /text\/csv/);
  const rows = counts.trim().split(/\r\n/);
  expect(rows[0]).toMatch(/^topic,topic_name,query_version,month,count/);
  expect(rows).toHaveLength(1 + 2 * 6);
  expect(await answers(await page.getByTestId("compare-feed").getAttribute("href"), /atom\+xml/)).toContain("<feed");

  await page.goto("/");
  expect(await answers(await page.getByTestId("overview-feed").getAttribute("href"), /atom\+xml/)).toContain("<feed");
  await expect(page.getByTestId("new-topic")).toHaveAttribute("href", "/topics/new");
  expect(errors).toEqual([]);
});
