// A team review end to end in the browser: choose the period and topics, mark and annotate
// papers (optimistic, rolled back when refused), save the review, reopen it, download its
// Markdown report, and see the marks and notes from a teammate's browser.
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import { escapeMarkdown } from "../lib/exports/review-report";

// The e2e store is harvested up to the end of last month (scripts/demo.ts leaves the current
// month for the refresh test). At its scale (2%) these three topics share a paper only every
// few weeks: the review covers the two months before this one (a hundred-odd papers).
const monthStart = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1)).getTime();
const day = (daysBeforeMonth: number) => new Date(monthStart - daysBeforeMonth * 86_400_000).toISOString().slice(0, 10);
const FROM = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 2, 1)).toISOString().slice(0, 10);
const TO = day(1);
// In catalog order, as the page writes them in its URL. Topics that often find the same paper
// (evaluations of interpretability and of safety), and not the largest ones, to keep the page
// light. (Data, knowledge and evaluation no longer share papers in 13 days at the e2e scale
// since the round-2 topic queries.)
const TOPICS = ["theory-interpretability", "reliability-security", "evaluation"];
const REVIEWER = "Ada (e2e)";
const STAMP = Date.now().toString(36);
const NOTE = `Worth presenting next week, ask about the ablations ${STAMP}`;
const TITLE = `E2E weekly review ${STAMP}`;
const REVIEW_URL = `/review?from=${FROM}&to=${TO}&topics=${TOPICS.join(",")}`;

/** Console errors and uncaught page errors, except those a test provokes on purpose. */
function collectErrors(page: Page): { list: string[]; expect: (pattern: RegExp) => void } {
  const list: string[] = [];
  const expected: RegExp[] = [];
  const add = (text: string) => {
    if (!expected.some((p) => p.test(text))) list.push(text);
  };
  page.on("console", (m) => {
    if (m.type() === "error") add(m.text());
  });
  page.on("pageerror", (e) => add(e.message));
  return { list, expect: (pattern) => expected.push(pattern) };
}

/** Marks and this reviewer's notes on the period's papers are cleared, so reruns start alike. */
async function clearReviewState(request: APIRequestContext): Promise<void> {
  const res = await request.get(`/api/reviews/live?from=${FROM}&to=${TO}&topics=${TOPICS.join(",")}`);
  expect(res.ok()).toBe(true);
  const review = (await res.json()) as {
    groups: { papers: { paper: { id: string }; mark: unknown; notes: { reviewer: string }[] }[] }[];
  };
  for (const p of review.groups.flatMap((g) => g.papers)) {
    if (p.mark) await request.post("/api/marks", { data: { paperId: p.paper.id, mark: null, reviewer: REVIEWER } });
    for (const n of p.notes) await request.post("/api/notes", { data: { paperId: p.paper.id, reviewer: n.reviewer, text: "" } });
  }
}

/** Loads every page of the review's papers (the first page is a screenful). */
async function loadAllPapers(page: Page): Promise<void> {
  const pager = page.getByTestId("review-pager");
  for (let i = 0; i < 100 && (await pager.getAttribute("data-complete")) !== "true"; i++) {
    const loaded = await pager.getAttribute("data-loaded");
    await page.getByTestId("load-more").evaluate((b) => (b as HTMLButtonElement).click()).catch(() => undefined);
    await expect(pager).not.toHaveAttribute("data-loaded", loaded ?? "");
  }
  await expect(pager).toHaveAttribute("data-complete", "true");
}

/**
 * A click by script: cards are laid out as they scroll into view (content-visibility), so a
 * pointer click aimed at a card far down can land on whatever moved under it.
 */
const press = (b: Element) => (b as HTMLElement).click();

const paperCard = (page: Page, id: string): Locator => page.locator(`[data-testid="review-paper"][data-paper-id="${id}"]`);

async function openReview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId("review-workspace")).toHaveAttribute("data-hydrated", "true");
}

test("a review from choosing the period to the Markdown report, seen from a second browser", async ({ page, browser, request }) => {
  // Three loads of a page of a hundred-odd papers, on a machine that may be running a build.
  test.setTimeout(240_000);
  await clearReviewState(request);
  const errors = collectErrors(page);
  await openReview(page, "/review");
  await expect(page.getByTestId("period-source")).toContainText("Default");

  // Period and topics, applied together.
  await page.getByTestId("period-from").fill(FROM);
  await page.getByTestId("period-to").fill(TO);
  await page.getByTestId("topic-picker").locator("summary").click();
  await page.getByTestId("topics-none").click();
  await page.getByTestId("period-apply").click();
  await expect(page.getByTestId("period-problem")).toHaveText("Choose at least one topic.");
  for (const slug of TOPICS) await page.getByTestId(`review-topic-${slug}`).check();
  await page.getByTestId("period-apply").click();
  await expect(page).toHaveURL(new RegExp(`from=${FROM}&to=${TO}&topics=${TOPICS.join(",")}`));
  await expect(page.getByTestId("period-source")).toHaveText("The period you chose");
  await expect(page.getByTestId("period-from-shown")).toHaveAttribute("datetime", `${FROM}T00:00:00Z`);
  await expect(page.getByTestId("review-results")).toHaveAttribute("data-loading", "false");

  // Every paper once; one found by several topics carries all their tags.
  const cards = page.getByTestId("review-paper");
  const total = Number(await page.getByTestId("tally-papers").textContent());
  expect(total).toBeGreaterThan(3);
  await loadAllPapers(page);
  await expect(cards).toHaveCount(total);
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-paper-id")));
  expect(new Set(ids).size).toBe(ids.length);
  const multi = cards.filter({ has: page.getByTestId("paper-topic-tag").nth(1) }).first();
  await expect(multi).toBeVisible();
  const shortlistedId = (await multi.getAttribute("data-paper-id"))!;
  await expect(paperCard(page, shortlistedId)).toHaveCount(1);
  const tags = await multi.getByTestId("paper-topic-tag").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")));
  expect(tags.length).toBeGreaterThanOrEqual(2);
  for (const t of tags) expect(TOPICS).toContain(t);
  const shortlistedTitle = (await multi.getByTestId("paper-title").textContent())!.trim();
  const [readId, dismissedId, failingId] = ids.filter((id): id is string => id !== null && id !== shortlistedId);

  // No reviewer name yet: the write is refused in words, next to the paper.
  await paperCard(page, readId!).getByTestId("mark-read").evaluate(press);
  await expect(paperCard(page, readId!).getByTestId("paper-problem")).toContainText("Enter your name");
  await expect(paperCard(page, readId!)).toHaveAttribute("data-mark", "none");
  await page.getByTestId("reviewer-name").fill(REVIEWER);
  await page.getByTestId("reviewer-name").blur();

  // Marks show at once and are counted.
  await paperCard(page, shortlistedId).getByTestId("mark-shortlisted").evaluate(press);
  await paperCard(page, readId!).getByTestId("mark-read").evaluate(press);
  await paperCard(page, dismissedId!).getByTestId("mark-dismissed").evaluate(press);
  await expect(paperCard(page, shortlistedId)).toHaveAttribute("data-mark", "shortlisted");
  await expect(paperCard(page, readId!)).toHaveAttribute("data-mark", "read");
  await expect(paperCard(page, dismissedId!)).toHaveAttribute("data-mark", "dismissed");
  await expect(paperCard(page, shortlistedId).getByTestId("paper-mark")).toContainText(`by ${REVIEWER}`);
  await expect(page.getByTestId("tally-shortlisted")).toHaveText("1");
  await expect(page.getByTestId("tally-read")).toHaveText("1");
  await expect(page.getByTestId("tally-dismissed")).toHaveText("1");
  await expect(page.getByTestId("tally-unmarked")).toHaveText(String(total - 3));

  // A refused write is rolled back; a 401 brings up the team token entry.
  errors.expect(/status of (500|401)/);
  await page.route("**/api/marks", (route) => route.fulfill({ status: 500, json: { error: "the store is busy" } }));
  await paperCard(page, failingId!).getByTestId("mark-read").evaluate(press);
  await expect(paperCard(page, failingId!).getByTestId("paper-problem")).toContainText("the store is busy");
  await expect(paperCard(page, failingId!)).toHaveAttribute("data-mark", "none");
  await expect(page.getByTestId("tally-read")).toHaveText("1");
  await page.unroute("**/api/marks");
  await page.route("**/api/marks", (route) => route.fulfill({ status: 401, json: { error: "the token is not this server's team token" } }));
  await paperCard(page, failingId!).getByTestId("mark-dismissed").evaluate(press);
  await expect(page.getByTestId("token-prompt")).toBeVisible();
  await expect(paperCard(page, failingId!)).toHaveAttribute("data-mark", "none");
  await page.unroute("**/api/marks");

  // A note, signed with the reviewer's name.
  await paperCard(page, shortlistedId).getByTestId("note-open").evaluate(press);
  await paperCard(page, shortlistedId).getByTestId("note-input").fill(NOTE);
  await paperCard(page, shortlistedId).getByTestId("note-save").evaluate(press);
  const note = paperCard(page, shortlistedId).locator(`[data-testid="paper-note"][data-reviewer="${REVIEWER}"]`);
  await expect(note).toContainText(NOTE);

  // The shortlist filter.
  // Filters apply on the server: a new first page, then the rest on demand.
  await page.getByTestId("filter-mark").selectOption("shortlisted");
  await expect(cards).toHaveCount(1);
  await page.getByTestId("filter-mark").selectOption("unmarked");
  await expect(page.getByTestId("review-shown")).toContainText(`${total - 3} of ${total}`);
  await loadAllPapers(page);
  await expect(cards).toHaveCount(total - 3);
  await page.getByTestId("filter-mark").selectOption("all");
  await loadAllPapers(page);
  await expect(cards).toHaveCount(total);

  // Grouped by day instead of topic: the same papers, still once each.
  await page.getByTestId("review-order").selectOption("date");
  await expect(page).toHaveURL(/group=date/);
  await expect(page.getByTestId("review-group").first()).toHaveAttribute("data-key", /^\d{4}-\d{2}-\d{2}$/);
  await loadAllPapers(page);
  await expect(cards).toHaveCount(total);
  await page.getByTestId("review-order").selectOption("topic");
  await expect(page.getByTestId("review-group").first()).toHaveAttribute("data-key", TOPICS[0]!);

  // The live downloads carry the period shown.
  const liveMarkdown = await page.getByTestId("live-export-markdown").getAttribute("href");
  expect(liveMarkdown).toContain(`from=${FROM}T00%3A00%3A00Z`);
  const live = await request.get(liveMarkdown!);
  expect(live.ok()).toBe(true);
  expect(await live.text()).toContain(escapeMarkdown(shortlistedTitle));

  // Save, then reopen it from the list.
  await page.getByTestId("review-title").fill(TITLE);
  await page.getByTestId("save-review").click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  const reviewId = page.url().split("/").pop()!;
  await expect(page.getByTestId("saved-review-title")).toHaveText(TITLE);
  await page.goto("/reviews");
  const listed = page.locator(`[data-testid="saved-review"][data-id="${reviewId}"]`);
  await expect(listed).toContainText(TITLE);
  await expect(listed).toContainText(`${total} papers`);
  await listed.getByTestId("saved-review-link").click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${reviewId}$`));
  const savedPager = page.getByTestId("saved-pager");
  for (let i = 0; i < 100 && (await savedPager.getAttribute("data-complete")) !== "true"; i++) {
    const loaded = await savedPager.getAttribute("data-loaded");
    await page.getByTestId("saved-load-more").evaluate((b) => (b as HTMLButtonElement).click()).catch(() => undefined);
    await expect(savedPager).not.toHaveAttribute("data-loaded", loaded ?? "");
  }
  const saved = page.locator(`[data-testid="saved-paper"][data-paper-id="${shortlistedId}"]`);
  await expect(saved).toHaveAttribute("data-mark", "shortlisted");
  await expect(saved.getByTestId("paper-note")).toContainText(NOTE);
  await expect(page.getByTestId("saved-review-period")).toContainText(`${FROM} 00:00 UTC`);

  // The Markdown report: the period, the shortlisted paper and its note.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("saved-export-markdown").click()]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = fs.readFileSync((await download.path())!, "utf8");
  expect(markdown).toContain(`# ${escapeMarkdown(TITLE)}`);
  expect(markdown).toContain(`Papers first submitted from ${FROM} 00:00 GMT`);
  expect(markdown).toContain(escapeMarkdown(shortlistedTitle));
  expect(markdown).toContain(escapeMarkdown(NOTE));
  expect(markdown).toContain(`Shortlisted by ${escapeMarkdown(REVIEWER)}`);
  expect(errors.list).toEqual([]);

  // A teammate's browser: no name, no cache, the same period; the marks and notes are there.
  const teammate = await browser.newContext();
  const other = await teammate.newPage();
  const otherErrors = collectErrors(other);
  await openReview(other, REVIEW_URL);
  await other.reload();
  await expect(other.getByTestId("review-workspace")).toHaveAttribute("data-hydrated", "true");
  await loadAllPapers(other);
  await expect(paperCard(other, shortlistedId)).toHaveAttribute("data-mark", "shortlisted");
  await expect(paperCard(other, readId!)).toHaveAttribute("data-mark", "read");
  await expect(paperCard(other, dismissedId!)).toHaveAttribute("data-mark", "dismissed");
  await expect(paperCard(other, shortlistedId).locator(`[data-testid="paper-note"][data-reviewer="${REVIEWER}"]`)).toContainText(NOTE);
  await expect(other.getByTestId("tally-shortlisted")).toHaveText("1");
  await expect(other.getByTestId("reviewer-name")).toHaveValue("");
  expect(otherErrors.list).toEqual([]);
  await teammate.close();
});
