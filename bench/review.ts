// `npm run bench:review`: reviews at real arXiv volume (issue 10). Seeds a store with 3,500
// papers in the last 7 days across the 16 roadmap topics and an older history marked by a hidden
// rule (scripts/seed-review-week.ts), serves the build on it, and measures what a reviewer feels:
// /review HTML size and time to first byte, Chromium until interactive, a mark shown, 10
// reviewers at once, an idle tab's transfer per minute, the team ranking's train + score time and
// its AUC on held-back marks. Results: bench/results/review.json.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { openDb } from "../lib/store";
import { areaUnderCurve, rankForTeam } from "../lib/reviews/ranking/rank";
import { readTrainingMarks } from "../lib/reviews/ranking/store-ranking";
import { chromiumExecutable, NEXT_DIST_DIR, nextBuildExists, startBuiltServer, waitForOk } from "../lib/dev-env";
import { seedReviewWeek } from "../scripts/seed-review-week";

const PORT = Number(process.env.BENCH_PORT ?? 3392);
const DB = path.resolve(process.env.BENCH_DB ?? ".tmp/bench/review.db");
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 60_000);
const log = (s: string) => process.stderr.write(`[bench:review] ${s}\n`);

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
const labelDoc = (docs: readonly { id: string; title: string; summary: string }[], id: string) => {
  const d = docs.find((x) => x.id === id);
  return d ? `${d.title} ${d.summary}` : "";
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** One GET: status, bytes, time to first byte and to the end. */
function get(url: string): Promise<{ status: number; bytes: number; ttfb: number; total: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        const ttfb = performance.now() - started;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, bytes: body.length, ttfb, total: performance.now() - started, text: body.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

async function main(): Promise<void> {
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  const seedStarted = performance.now();
  const seeded = seedReviewWeek(DB, { week: 3500, history: 1500, heldBack: 500 });
  log(`seeded ${seeded.weekIds.length} papers this week and ${seeded.history.length} marked earlier in ${round((performance.now() - seedStarted) / 1000)} s`);

  // Ranking, in process: train on the stored marks, score the week; then the same model on
  // held-back papers whose hidden label it never saw.
  const db = openDb(DB);
  const training = readTrainingMarks(db);
  const week = db.prepare("SELECT id, title, summary FROM papers WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(seeded.weekIds)) as { id: string; title: string; summary: string }[];
  const rankTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    rankForTeam(training, week);
    rankTimes.push(performance.now() - t);
  }
  const held = rankForTeam(training, seeded.heldBack);
  const labelOf = new Map(seeded.heldBack.map((h) => [h.id, h.label]));
  const auc = held.status === "ready" ? areaUnderCurve(held.ranked.map((r) => ({ score: r.score, positive: labelOf.get(r.id) === "shortlisted" }))) : Number.NaN;
  db.close();
  // A harder rule too: a broader subject, and one training label in ten flipped (people disagree).
  const HARD = /medical|clinical|patient|health/i;
  const hardTraining = seeded.history.map((h, i) => {
    const on = HARD.test(`${h.title} ${h.summary}`);
    return { ...h, label: (i % 10 === 3 ? !on : on) ? ("shortlisted" as const) : ("dismissed" as const) };
  });
  const hard = rankForTeam(hardTraining, seeded.heldBack);
  const hardAuc =
    hard.status === "ready"
      ? areaUnderCurve(hard.ranked.map((r) => ({ score: r.score, positive: HARD.test(`${labelDoc(seeded.heldBack, r.id)}`) })))
      : Number.NaN;
  log(`ranking: harder rule (medical subjects, 10% labels flipped) AUC ${round(hardAuc, 3)}`);
  log(`ranking: train + score ${round(Math.min(...rankTimes))} ms (best of 3), AUC ${round(auc, 3)} on ${seeded.heldBack.length} held-back papers`);

  if (!nextBuildExists()) throw new Error(`no build in ${NEXT_DIST_DIR}: run next build first`);
  const server: ChildProcess = startBuiltServer(PORT, { RADAR_DB: DB, RADAR_SCHEDULE: "off", NEXT_TELEMETRY_DISABLED: "1" });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForOk(`${base}/api/health`);
    await get(`${base}/review`); // warm: the first render compiles nothing, but loads modules

    const html = [];
    for (let i = 0; i < 7; i++) html.push(await get(`${base}/review`));
    const ttfbs = html.map((h) => h.ttfb).sort((a, b) => a - b);
    const htmlBytes = html[0]!.bytes;
    const htmlGzip = gzipSync(html[0]!.text).length;
    log(`/review HTML ${round(htmlBytes / 1024)} kB (${round(htmlGzip / 1024)} kB gzip), TTFB p50 ${round(percentile(ttfbs, 50))} ms`);

    // 10 reviewers open the review at once: the page and its first API reads.
    const rounds: number[] = [];
    for (let r = 0; r < 3; r++) {
      const all = await Promise.all(Array.from({ length: 10 }, () => get(`${base}/review`)));
      rounds.push(...all.map((a) => a.total));
    }
    rounds.sort((a, b) => a - b);
    log(`10 concurrent /review: p95 ${round(percentile(rounds, 95))} ms`);

    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ["--no-sandbox", "--disable-gpu"] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => window.localStorage.setItem("radar-reviewer", "Bench"));
    const page = await context.newPage();
    const interactive: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await page.goto(`${base}/review`);
      await page.locator('[data-testid="review-workspace"][data-hydrated="true"]').waitFor();
      await page.locator('[data-testid="review-paper"]').first().waitFor();
      interactive.push(performance.now() - t);
    }
    const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    log(`Chromium until interactive ${round(Math.min(...interactive))}-${round(Math.max(...interactive))} ms, ${domNodes} DOM nodes`);

    // A mark by key: from the key press until the card shows it.
    const markMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("j");
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const card = document.querySelector<HTMLElement>('[data-testid="review-paper"][data-focused="true"]')!;
            const want = card.dataset.mark === "shortlisted" ? "none" : "shortlisted";
            const t = performance.now();
            const obs = new MutationObserver(() => {
              if (card.dataset.mark === want) {
                obs.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - t));
              }
            });
            obs.observe(card, { attributes: true });
            document.dispatchEvent(new KeyboardEvent("keydown", { key: "s", bubbles: true }));
          }),
      );
      markMs.push(ms);
    }
    markMs.sort((a, b) => a - b);
    log(`mark shown after ${markMs.map((m) => round(m)).join(", ")} ms`);

    // An idle tab: everything it transfers for a minute after settling (the change cursor's polls).
    await page.goto(`${base}/review`);
    await page.locator('[data-testid="review-workspace"][data-hydrated="true"]').waitFor();
    await page.waitForTimeout(3000);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let idleBytes = 0;
    let idleRequests = 0;
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      idleBytes += e.encodedDataLength;
      idleRequests++;
    });
    await page.waitForTimeout(IDLE_MS);
    const idlePerMinute = (idleBytes * 60_000) / IDLE_MS;
    log(`idle tab: ${idleRequests} requests, ${round(idlePerMinute / 1024, 2)} kB a minute`);

    // The team order over HTTP, first request after a mark change (trains) and the next (cached).
    await get(`${base}/api/reviews/live/summary`);
    const rankedFirst = await get(`${base}/api/reviews/live/summary?rank=team`);
    const rankedAgain = await get(`${base}/api/reviews/live/papers?rank=team`);
    const rankedTop = (JSON.parse(rankedAgain.text) as { papers: { paper: { title: string; summary: string } }[] }).papers;
    const topOnSubject = rankedTop.filter((p) => /reinforcement/i.test(`${p.paper.title} ${p.paper.summary}`)).length;
    await browser.close();

    const result = {
      date: new Date().toISOString(),
      store: { weekPapers: seeded.weekIds.length, topics: 16, markedHistory: seeded.history.length, shortlistedHistory: seeded.history.filter((h) => h.label === "shortlisted").length },
      reviewHtml: { bytes: htmlBytes, gzipBytes: htmlGzip, goalBytes: 300 * 1024 },
      ttfbMs: { p50: round(percentile(ttfbs, 50)), p95: round(percentile(ttfbs, 95)), goal: 300 },
      chromiumInteractiveMs: { best: round(Math.min(...interactive)), worst: round(Math.max(...interactive)), domNodes, goal: 1500 },
      markShownMs: { p50: round(percentile(markMs, 50)), max: round(markMs.at(-1)!), goal: 100 },
      concurrentReviewers: { reviewers: 10, rounds: 3, p95Ms: round(percentile(rounds, 95)), goal: 1000 },
      idleTab: { bytesPerMinute: Math.round(idlePerMinute), requestsInWindow: idleRequests, windowMs: IDLE_MS, goalBytes: 10 * 1024 },
      ranking: {
        trainScoreMs: round(Math.min(...rankTimes)),
        goalMs: 2000,
        firstTeamSummaryOverHttpMs: round(rankedFirst.total),
        teamPageOverHttpMs: round(rankedAgain.total),
        auc: round(auc, 3),
        heldBack: seeded.heldBack.length,
        heldBackShortlisted: seeded.heldBack.filter((h) => h.label === "shortlisted").length,
        hiddenRule: "shortlisted iff title or abstract mentions 'reinforcement'",
        harderRule: { rule: "medical|clinical|patient|health, 1 training label in 10 flipped", auc: round(hardAuc, 3) },
        firstPageOnSubject: `${topOnSubject} of ${rankedTop.length}`,
      },
    };
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/review.json", `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
