// A list of topic slugs in a URL ("topics=data,dialogue"), checked for shape only; whether
// the topics exist is for the caller to say.
import { z } from "zod";
import { topicSlugSchema } from "./slug";

export const MAX_LISTED_TOPICS = 60;

export const topicSlugListSchema = z
  .string()
  .transform((s) => [...new Set(s.split(",").map((x) => x.trim()).filter(Boolean))])
  .pipe(
    z
      .array(topicSlugSchema)
      .max(MAX_LISTED_TOPICS, `at most ${MAX_LISTED_TOPICS} topics`),
  );
