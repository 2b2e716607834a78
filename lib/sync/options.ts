// What a sync covers, from the CLI's flags or the web app's request, checked with zod.
import { z } from "zod";
import { addMonths, currentMonth, monthsBetween, requestedMonthSchema, type MonthKey } from "../calendar/months";
import type { Db } from "../store/db";
import { listTopics } from "../topics/registry";
import { resolveTopics } from "../topics/resolve";
import type { Topic } from "../topics/catalog";
import type { SyncOptions } from "./run";

export const DEFAULT_MONTHS = 36;

export const syncRequestSchema = z
  .object({
    topics: z.array(z.string()).optional(),
    from: requestedMonthSchema.optional(),
    to: requestedMonthSchema.optional(),
  })
  .strict();

export type SyncRequest = z.infer<typeof syncRequestSchema>;

export class SyncOptionsError extends Error {
  override readonly name = "SyncOptionsError";
}

/** Resolves a request to concrete options: unknown slugs (UnknownTopicsError), archived topics and reversed ranges are refused. */
export function resolveSyncOptions(db: Db, req: SyncRequest, trigger: string, now = new Date()): SyncOptions {
  let topics: Topic[];
  if (req.topics && req.topics.length > 0) {
    const found = resolveTopics(db, req.topics, { baselines: true });
    const archived = found.filter((t) => t.archived).map((t) => t.slug);
    if (archived.length) throw new SyncOptionsError(`archived topic${archived.length > 1 ? "s" : ""}: ${archived.join(", ")}`);
    topics = found;
  } else {
    topics = listTopics(db, { includeBaselines: true });
  }
  const to: MonthKey = req.to ?? currentMonth(now);
  const from: MonthKey = req.from ?? addMonths(to, -(DEFAULT_MONTHS - 1));
  if (monthsBetween(from, to) < 0) throw new SyncOptionsError(`--from ${from} is after --to ${to}`);
  if (to > currentMonth(now)) throw new SyncOptionsError(`--to ${to} is in the future`);
  return { topics, from, to, trigger };
}
