// The audit end to end: `npm run audit` as a real process against the e2e simulator and store,
// then the data-health page shows arXiv's totals beside the index's counts.
import { spawn } from "node:child_process";
import { test, expect } from "./console-guard";
import { addMonths, currentMonth } from "../lib/calendar/months";
import { E2E_DB, E2E_SIM_PORT } from "../lib/dev-env";

function runAudit(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/audit/cli.ts", ...args], {
    env: { ...process.env, RADAR_DB: E2E_DB, ARXIV_API_URL: `http://127.0.0.1:${E2E_SIM_PORT}/api/query`, ARXIV_MIN_INTERVAL_MS: "50", ARXIV_RETRY_BASE_MS: "50" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

test("the audit stores arXiv's totals and the data-health page shows completeness per month and agreement per topic", async ({ page, request }) => {
  const last = addMonths(currentMonth(), -1);
  const from = addMonths(last, -2);
  const audit = await runAudit(["--from", from, "--to", last, "--sample", last, "--topics", "data,dialogue"]);
  expect(audit.code, audit.output).toBe(0);
  const body = (await (await request.get("/api/audit")).json()) as { scope: { month: string; state: string; arxivTotal: number }[]; topics: { slug: string }[] };
  expect(body.scope.map((c) => c.month)).toEqual([from, addMonths(from, 1), last]);
  // The store was harvested from this simulator: every closed month is complete.
  expect(body.scope.every((c) => c.state === "agrees" && c.arxivTotal > 0)).toBe(true);
  expect(body.topics.map((t) => t.slug).sort()).toEqual(["data", "dialogue"]);

  await page.goto("/data-health");
  await expect(page.getByTestId("audit-month")).toHaveCount(3);
  await expect(page.getByTestId("audit-month").first()).toHaveAttribute("data-state", "agrees");
  await expect(page.getByTestId("audit-topic")).toHaveCount(2);
  await expect(page.getByRole("img", { name: /Index completeness per month/ })).toBeVisible();
  // The months table carries the audit figure beside the harvest record.
  const row = page.locator(`[data-testid="index-month"][data-month="${last}"]`);
  await expect(row.getByTestId("index-month-audit")).toHaveText("100.0 %");
  await expect(page.locator(`[data-testid="index-month"][data-month="${addMonths(from, -1)}"]`).getByTestId("index-month-audit")).toHaveText("not audited");
});
