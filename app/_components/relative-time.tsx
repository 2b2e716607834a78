"use client";
// "3 h ago" once the page is live; the exact UTC time before that and always in the tooltip.
import { formatRelative, formatUtc } from "./format";
import { useNow } from "./use-now";

export function RelativeTime({ iso, testId }: { iso: string; testId?: string }) {
  const now = useNow();
  const exact = formatUtc(iso);
  return (
    <time dateTime={iso} title={exact} data-testid={testId}>
      {now === null ? exact : formatRelative(iso, now)}
    </time>
  );
}
