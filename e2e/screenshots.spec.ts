// Screenshots of every page, light and dark, desktop and phone width, for people to look at
// (e2e/screenshots/, git-ignored). Each page is also checked for horizontal overflow. Pages with
// an opened part (a month's drill-down, the editor's preview) wait for it before the shot.
import { test, expect } from "./console-guard";
import { addMonths, currentMonth } from "../lib/calendar/months";

const to = addMonths(currentMonth(), -1);
const compare = `/compare?topics=language-model,multi-modal-model,vision-model&from=${addMonths(to, -35)}&to=${to}`;
/** name, URL, and the test id that shows the page is ready for its picture. */
const PAGES: [string, string, string?][] = [
  ["overview", "/"],
  ["topic", "/topics/multi-modal-model"],
  ["topic-drilldown", `/topics/multi-modal-model?month=${addMonths(to, -1)}`, "drilldown-list"],
  ["compare", `${compare}&mode=indexed`],
  ["compare-drilldown", `${compare}&mode=count&month=${addMonths(to, -2)}`, "drilldown-list"],
  ["compare-share", `${compare}&mode=share`],
  ["topic-edit-preview", "/topics/dialogue/edit", "preview-chart"],
  ["index", "/data-health", "index-table"],
  ["review", "/review"],
  ["reviews", "/reviews"],
  ["topic-new", "/topics/new"],
  ["not-found", "/topics/no-such-topic"],
];
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

for (const [name, url, ready] of PAGES) {
  for (const scheme of ["light", "dark"] as const) {
    for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
      test(`screenshot ${name} ${scheme} ${vpName}`, async ({ page, consoleErrors }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        if (ready) await expect(page.getByTestId(ready)).toBeVisible();
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "page wider than the viewport").toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/screenshots/${name}-${scheme}-${vpName}.png`, fullPage: true });
        // The not-found page's own 404 status is logged by Chromium; nothing else may be.
        if (name === "not-found") consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes("status of 404")));
      });
    }
  }
}
