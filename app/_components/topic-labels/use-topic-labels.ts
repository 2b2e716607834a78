"use client";
// A topic's labels in the browser: one cached answer per topic, changed at once when someone
// labels a paper (optimistic) and replaced by the server's answer when the write returns.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { labelTopicPaper, topicLabelsKey, topicLabelsQueryOptions, type TopicLabelKind, type TopicLabelsAnswer } from "@/lib/queries/topic-labels";
import { onTopicRate } from "@/lib/topics/on-topic-rate";
import { noteWriteError } from "@/app/_components/write-access/write-errors";

export function useTopicLabels(slug: string) {
  return useQuery(topicLabelsQueryOptions(slug));
}

/** The answer as it will be once the write lands: the paper's label replaced, the rate recounted. */
export function withLabel(answer: TopicLabelsAnswer, paperId: string, label: TopicLabelKind | null, by: string, at: Date, matched = true): TopicLabelsAnswer {
  const labels = { ...answer.labels };
  const before = labels[paperId]?.label ?? null;
  if (label === null) delete labels[paperId];
  else labels[paperId] = { label, labelledBy: by, labelledAt: at.toISOString(), queryVersion: answer.queryVersion ?? 0 };
  // Only labels on papers the current version matches count (a draft's gain in the lab does not).
  if (!matched) return { ...answer, labels };
  const rate = answer.rate;
  const on = Math.round((rate.rate ?? 0) * rate.labelled) - (before === "on" ? 1 : 0) + (label === "on" ? 1 : 0);
  const off = rate.labelled - Math.round((rate.rate ?? 0) * rate.labelled) - (before === "off" ? 1 : 0) + (label === "off" ? 1 : 0);
  return { ...answer, labels, rate: onTopicRate(Math.max(0, on), Math.max(0, off)) };
}

export function useLabelPaper(slug: string) {
  const qc = useQueryClient();
  const key = topicLabelsKey(slug);
  const scope = `topic-labels-${slug}`;
  return useMutation({
    scope: { id: scope },
    mutationFn: ({ matched: _matched, ...v }: { paperId: string; label: TopicLabelKind | null; reviewer: string; matched: boolean }) => labelTopicPaper(slug, v),
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<TopicLabelsAnswer>(key);
      if (previous) qc.setQueryData(key, withLabel(previous, v.paperId, v.label, v.reviewer, new Date(), v.matched));
      return { previous };
    },
    onError: (e, _v, context) => {
      if (context?.previous) qc.setQueryData(key, context.previous);
      noteWriteError(e);
    },
    onSuccess: (answer) => {
      // A later label of this topic is already shown: this answer would undo it.
      if (qc.isMutating({ predicate: (m) => m.options.scope?.id === scope }) <= 1) qc.setQueryData(key, answer);
    },
  });
}
