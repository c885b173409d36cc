import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/components/trpc/react";

/** Triage pages follow every issue change of the caller's stores: each event refreshes what it touches. */
export function useLiveIssues(onIssue?: (issueId: number) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.issues.onIssueEvent.subscriptionOptions(
      { lastEventId: null },
      {
        onData: ({ data }) => {
          void queryClient.invalidateQueries({ queryKey: trpc.issues.list.queryKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.issues.counts.queryKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.issues.byId.queryKey({ issueId: data.issueId }) });
          onIssue?.(data.issueId);
        },
      },
    ),
  );
}
