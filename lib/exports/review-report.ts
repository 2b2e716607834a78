// A review as a Markdown report for the meeting notes: the period, each topic's new papers and
// momentum, coverage warnings, and the shortlisted papers with the team's notes.
import type { TopicMomentum } from "../metrics/topic";
import type { Metric } from "../metrics/metric";
import { describeGap } from "../metrics/metric";
import type { TopicCoverage } from "../reviews/coverage";
import type { MarkTally, ReviewPaper } from "../reviews/select";

export interface ReportTopic {
  slug: string;
  name: string;
  queryVersion: number | null;
  /** Papers of the period this topic found (a paper found by several topics counts in each). */
  papers: number;
  /** Null when the topic has no counts cached. */
  momentum: TopicMomentum | null;
}

export interface ReviewReportInput {
  title: string;
  period: { from: string; to: string };
  /** Present for a saved review. */
  saved?: { at: string; by: string | null } | null;
  generatedAt: string;
  topics: readonly ReportTopic[];
  coverage: readonly TopicCoverage[];
  tally: MarkTally;
  /** Topic names by slug, for the tags under each paper. */
  topicNames: ReadonlyMap<string, string>;
  shortlisted: readonly ReviewPaper[];
}

/**
 * Escapes text so Markdown shows it literally (titles carry *, _, [ ], $ and the like). For
 * text placed inside a line; `escapeMarkdownLine` also guards what a line may start with.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>|~$!]/g, "\\$&");
}

/** A line of its own: a leading -, +, #, > or "1." would turn it into a list, a heading or a quote. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text).replace(/^[-+#>]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}

const instant = (iso: string) => iso.replace("T", " ").replace(/(:\d{2})?(\.\d+)?Z$/, "") + " GMT";

function ratio(m: Metric): string {
  return m.value === null ? `— (${describeGap(m.reason)})` : `${m.value.toFixed(2)}×`;
}

function change(m: Metric): string {
  if (m.value === null) return `— (${describeGap(m.reason)})`;
  const pct = Math.round(m.value * 100);
  return pct === 0 ? "±0%" : pct > 0 ? `+${pct}%` : `−${Math.abs(pct)}%`;
}

function topicRow(t: ReportTopic): string {
  const cells = [`${escapeMarkdown(t.name)}`, String(t.papers)];
  const m = t.momentum;
  if (!m) cells.push("— (no counts cached)", "—", "—", "—");
  else {
    cells.push(
      `${m.lastFullMonthCount ?? "—"} (${m.lastFullMonth})`,
      m.label,
      ratio(m.momentumRatio),
      change(m.yoy),
    );
  }
  return `| ${cells.join(" | ")} |`;
}

function paperBlock(p: ReviewPaper, topicNames: ReadonlyMap<string, string>): string {
  const authors = p.paper.authors.map((a) => a.name);
  const shown = authors.length > 6 ? [...authors.slice(0, 5), `… (${authors.length} authors)`] : authors;
  const lines = [
    `### [${escapeMarkdown(p.paper.title)}](https://arxiv.org/abs/${p.paper.id})`,
    "",
    `${escapeMarkdown(shown.join(", "))}  `,
    `arXiv:${p.paper.id} · ${p.paper.primaryCategory} · submitted ${p.paper.published.slice(0, 10)} · ` +
      `topics: ${p.topics.map((s) => escapeMarkdown(topicNames.get(s) ?? s)).join(", ")}`,
  ];
  if (p.mark) lines.push("", `Shortlisted by ${escapeMarkdown(p.mark.markedBy)} on ${p.mark.markedAt.slice(0, 10)}.`);
  for (const n of p.notes) {
    lines.push("", `> **${escapeMarkdown(n.reviewer)}:** ${n.text.split("\n").map(escapeMarkdownLine).join("  \n> ")}`);
  }
  return lines.join("\n");
}

export function renderReviewReport(r: ReviewReportInput): string {
  const out: string[] = [`# ${escapeMarkdown(r.title)}`, ""];
  out.push(`Papers first submitted from ${instant(r.period.from)} to ${instant(r.period.to)} (end excluded).`);
  if (r.saved) out.push(`Saved ${instant(r.saved.at)}${r.saved.by ? ` by ${escapeMarkdown(r.saved.by)}` : ""}. `);
  out.push(`Report generated ${instant(r.generatedAt)}.`, "");
  const t = r.tally;
  out.push(
    `**${t.papers} new paper${t.papers === 1 ? "" : "s"}**: ${t.shortlisted} shortlisted, ${t.read} read, ` +
      `${t.dismissed} dismissed, ${t.unmarked} not marked.`,
    "",
    "## Topics",
    "",
    "| Topic | New papers | Last full month | Momentum | Last 3 vs 12 months | Year on year |",
    "|---|---:|---:|---|---:|---:|",
    ...r.topics.map(topicRow),
    "",
  );
  const incomplete = r.coverage.filter((c) => !c.complete);
  if (incomplete.length) {
    out.push("**Coverage:** the cache may not hold every paper of this period for:", "");
    for (const c of incomplete) out.push(`- ${escapeMarkdown(r.topicNames.get(c.slug) ?? c.slug)}: ${escapeMarkdown(c.warning ?? "")}`);
    out.push("");
  }
  out.push("## Shortlisted papers", "");
  if (r.shortlisted.length === 0) out.push("No paper was shortlisted.", "");
  for (const p of r.shortlisted) out.push(paperBlock(p, r.topicNames), "");
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
