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
          // pathFilter matches the paged (infinite) list as well as plain queries.
          void queryClient.invalidateQueries(trpc.issues.list.pathFilter());
          void queryClient.invalidateQueries(trpc.issues.counts.pathFilter());
          void queryClient.invalidateQueries({ queryKey: trpc.issues.detail.queryKey({ id: data.issueId }) });
          onIssue?.(data.issueId);
        },
      },
    ),
  );
}
