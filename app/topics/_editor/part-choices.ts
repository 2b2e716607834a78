// The parts a topic can sit in: the roadmap's four, then "Custom topics".
import "server-only";
import { loadCatalog } from "@/lib/topics/catalog";
import { CUSTOM_PART } from "@/lib/topics/overview";
import type { PartChoice } from "./topic-form";

export function partChoices(): PartChoice[] {
  return [...loadCatalog().parts, CUSTOM_PART];
}
