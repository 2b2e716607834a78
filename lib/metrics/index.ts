// Momentum metrics: pure functions over a topic's monthly counts. Nothing here reads the clock;
// `now` is always passed in, and the month running at `now` is never treated as complete.
export { describeGap, type Metric, type MetricGap } from "./metric";
export {
  countAt,
  fullMonthSeries,
  type FullMonthSeries,
  type MonthlyCount,
  type MonthlySeries,
} from "./series";
export {
  acceleration,
  BASELINE_MONTHS,
  baselineMean,
  RECENT_MONTHS,
  recentMean,
  recentVsBaseline,
  trailing3YoY,
  yoyChange,
} from "./change";
export {
  indexSeries,
  movingAverage,
  shareSeries,
  sparkline,
  type IndexedSeries,
  type MonthlyValue,
} from "./transforms";
export { MOMENTUM_THRESHOLDS, momentumLabel, type LabelInputs, type MomentumLabel } from "./label";
export { computeTopicMomentum, momentumAsOf, type TopicMomentum } from "./topic";
export { rankTopics, rankTopicsAsOf, type RankedTopic, type RankMetric } from "./rank";
