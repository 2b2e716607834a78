// Where the cache may not hold every paper of the period: it keeps only each topic's newest
// papers, so a period that starts before them is said plainly, per topic.
import type { TopicCoverage } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";

// The API writes instants as ISO strings in its sentences; the pages show them like every other time.
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

export function CoverageNotice({ coverage, topicNames }: { coverage: readonly TopicCoverage[]; topicNames: ReadonlyMap<string, string> }) {
  const incomplete = coverage.filter((c) => !c.complete);
  if (incomplete.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="coverage-warnings">
      <strong>
        Some papers of this period may be missing for {incomplete.length} topic{incomplete.length === 1 ? "" : "s"}:
      </strong>
      <ul>
        {incomplete.map((c) => (
          <li key={c.slug} data-testid="coverage-warning" data-slug={c.slug}>
            <strong>{topicNames.get(c.slug) ?? c.slug}</strong>: {c.warning?.replace(INSTANT, formatUtc)}
          </li>
        ))}
      </ul>
    </div>
  );
}
