// The recorded arXiv responses in data/fixtures/arxiv (origins in SOURCES.md there), for the
// adapter's tests and the simulator's feed test. Node-only (reads files): tests import it directly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ARXIV_FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/fixtures/arxiv");

export const ARXIV_FIXTURES = [
  "api2017-search-deep-dream-start0.atom.xml",
  "api2017-search-deep-dream-start1.atom.xml",
  "api2017-search-deep-dream-start2.atom.xml",
  "api2026-empty-result.atom.xml",
  "api2026-error-400-bad-id.atom.xml",
  "api2026-idlist-oldstyle-id-affiliations-journalref.atom.xml",
  "api2026-idlist-title-zero.atom.xml",
  "api2026-idlist-two-ids-one-found.atom.xml",
  "api2026-phrase-query-3-results-crlf.atom.xml",
  "api2026-search-page-10-entries.atom.xml",
  "api2026-search-page-100-entries-affiliations.atom.xml",
  "api2026-search-page-2-start10.atom.xml",
] as const;
export type ArxivFixtureName = (typeof ARXIV_FIXTURES)[number];

/** The fixture's text exactly as recorded (UTF-8; the CRLF one keeps its CRLFs). */
export function readArxivFixture(name: ArxivFixtureName): string {
  return readFileSync(path.join(ARXIV_FIXTURES_DIR, name), "utf8");
}
