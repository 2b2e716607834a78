// Request parameters of the per-topic routes, checked at the edge.
import { z } from "zod";
import { requestedMonthSchema } from "@/lib/calendar/months";
import { monthSpanProblem, requestedMonthSpan } from "@/lib/calendar/month-span";
import { resolveTopic, type ResolvedTopic } from "@/lib/topics/resolve";
import { getDb } from "@/lib/store/server";
import { notFound } from "@/lib/http/api-error";

export const countsParamsSchema = z
  .object({ from: requestedMonthSchema.optional(), to: requestedMonthSchema.optional() })
  .strict()
  .transform((span, ctx) => requestedMonthSpan(span, ctx));

export const papersParamsSchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    category: z.string().regex(/^[a-zA-Z-]+(\.[a-zA-Z-]+)?$/, "must be an arXiv category such as cs.CL").optional(),
    q: z.string().trim().max(200, "must be at most 200 characters").optional(),
    /** One month's papers (the drill-down of a bar), or a range with from/to. */
    month: requestedMonthSchema.optional(),
    from: requestedMonthSchema.optional(),
    to: requestedMonthSchema.optional(),
  })
  .strict()
  .transform(({ month, from, to, ...rest }, ctx) => {
    if (month && (from || to)) ctx.addIssue({ code: "custom", message: "give either month or from/to, not both" });
    if (!month && !from && !to) return { ...rest, months: undefined };
    const start = month ?? from ?? to!;
    const end = month ?? to ?? from!;
    const problem = monthSpanProblem(start, end);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
    return { ...rest, months: { from: start, to: end } };
  });

/** The topic of /api/topics/{slug} (archived ones and the baseline included), resolved once for the request. */
export async function topicFromParams(params: Promise<{ slug: string }>): Promise<ResolvedTopic> {
  const { slug } = await params;
  const topic = resolveTopic(getDb(), slug, { baselines: true });
  if (!topic) throw notFound(`topic "${slug.slice(0, 64)}"`);
  return topic;
}
