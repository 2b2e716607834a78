// A list of topic slugs in a URL ("topics=data,dialogue"), checked for shape only; whether
// the topics exist is for the caller to say.
import { z } from "zod";

export const MAX_LISTED_TOPICS = 60;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const topicSlugListSchema = z
  .string()
  .transform((s) => [...new Set(s.split(",").map((x) => x.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(64).regex(SLUG, "a topic is named by its slug, such as language-model"))
      .max(MAX_LISTED_TOPICS, `at most ${MAX_LISTED_TOPICS} topics`),
  );
