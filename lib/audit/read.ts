// GET /api/audit and the data-health page: the stored audit, read as agreement per month and
// per topic, with the cells outside the tolerance marked.
import type { Db } from "../store/db";
import { WHOLE_SCOPE, listAuditCounts, type AuditCount } from "../store/audits";
import type { MonthKey } from "../calendar/months";
import { listTopics } from "../topics/registry";
import { agreement, type AgreementState } from "./agreement";

export interface AuditCell {
  month: MonthKey;
  arxivTotal: number;
  localCount: number;
  /** local / arXiv; null when arXiv answered 0. */
  ratio: number | null;
  state: AgreementState;
  askedAt: string;
  suspectAt: string | null;
}

export interface AuditReport {
  tolerance: number;
  /** Index completeness: papers indexed / arXiv's total for the whole scope, per month. */
  scope: AuditCell[];
  /** Agreement of local matching with arXiv's search, per topic, for the sampled months. */
  topics: { slug: string; name: string; queryVersion: number | null; cells: AuditCell[] }[];
  /** Cells outside the tolerance or suspect, of either kind. */
  flagged: number;
  lastAskedAt: string | null;
}

function cell(c: AuditCount, tolerance: number): AuditCell {
  const a = agreement(c.localCount, c.arxivTotal, c.suspect, tolerance);
  return { month: c.month, arxivTotal: c.arxivTotal, localCount: c.localCount, ratio: a.ratio, state: a.state, askedAt: c.askedAt, suspectAt: c.suspectAt };
}

export function readAudit(db: Db, tolerance: number, range?: { from: MonthKey; to: MonthKey }): AuditReport {
  const counts = listAuditCounts(db, range?.from, range?.to);
  const names = new Map(listTopics(db, { includeBaselines: true }).map((t) => [t.slug, t.name]));
  const scope = counts.filter((c) => c.slug === WHOLE_SCOPE).map((c) => cell(c, tolerance));
  const bySlug = new Map<string, AuditCount[]>();
  for (const c of counts) if (c.slug !== WHOLE_SCOPE) bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), c]);
  const topics = [...bySlug].map(([slug, cs]) => ({
    slug,
    name: names.get(slug) ?? slug,
    queryVersion: cs[cs.length - 1]?.queryVersion ?? null,
    cells: cs.map((c) => cell(c, tolerance)),
  }));
  const all = [...scope, ...topics.flatMap((t) => t.cells)];
  return {
    tolerance,
    scope,
    topics,
    flagged: all.filter((c) => c.state === "outside" || c.state === "suspect").length,
    lastAskedAt: counts.reduce<string | null>((m, c) => (m === null || c.askedAt > m ? c.askedAt : m), null),
  };
}
