// How a topic is named in addresses and in the store: the catalog's rule, the one every route,
// page and URL parameter checks before looking a topic up.
import { z } from "zod";

/** Lower-case words of latin letters and digits joined by single hyphens. */
export const TOPIC_SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Longer than any slug the app makes (custom slugs are cut at 48): a guard, not a style. */
export const MAX_TOPIC_SLUG = 64;

export function isTopicSlug(s: string): boolean {
  return s.length <= MAX_TOPIC_SLUG && TOPIC_SLUG_RE.test(s);
}

export const topicSlugSchema = z
  .string()
  .max(MAX_TOPIC_SLUG)
  .regex(TOPIC_SLUG_RE, "a topic is named by its slug, such as language-model");
