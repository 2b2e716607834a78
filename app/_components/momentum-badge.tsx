import type { TopicMomentum } from "@/lib/metrics";
import { explainMomentum, MOMENTUM_ICON } from "./momentum-text";

export function MomentumBadge({ momentum, testId }: { momentum: TopicMomentum; testId?: string }) {
  const label = momentum.label;
  return (
    <span
      className={`momentum momentum-${label.replace(/ /g, "-")}`}
      data-testid={testId}
      data-momentum={label}
      title={explainMomentum(momentum)}
    >
      <span aria-hidden="true">{MOMENTUM_ICON[label]}</span>
      {label}
    </span>
  );
}
