"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ISSUE_TYPE_LABELS, isClosed, type IssueStatus, type IssueType } from "@/server/domain/order-issue";

type Report = { id: number; type: IssueType; status: IssueStatus; description: string };

/** A second report of the same order's problem folds into the first: its files, lines and refund move there. */
export function MergeDuplicate({ issue, reports }: { issue: Report & { version: number }; reports: readonly Report[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const candidates = reports.filter((report) => report.id !== issue.id && !isClosed(report.status));
  const [into, setInto] = useState<number | null>(null);
  const merge = useMutation(
    trpc.issues.merge.mutationOptions({
      onSuccess: ({ issue: kept }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.issues.pathKey() });
        router.push(`/issues/${kept.id}`);
      },
    }),
  );
  if (isClosed(issue.status) || candidates.length === 0) return null;
  const chosen = into ?? candidates[0]!.id;
  return (
    <form
      aria-label="Merge as a duplicate"
      className="mt-6 grid gap-3 rounded-2xl border border-line bg-panel p-4"
      onSubmit={(event) => {
        event.preventDefault();
        merge.mutate({ id: issue.id, into: chosen, version: issue.version });
      }}
    >
      <h2 className="text-lg font-semibold">Merge as a duplicate</h2>
      <p className="text-sm">This order has another open report. Merging this one into it moves its files, lines and refund there and rejects this one as a duplicate.</p>
      <Field label="Duplicate of" error={merge.error?.message}>
        <Select value={chosen} onChange={(event) => setInto(Number(event.target.value))}>
          {candidates.map((report) => (
            <option key={report.id} value={report.id}>
              Issue {report.id}: {ISSUE_TYPE_LABELS[report.type]}, {report.description}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={merge.isPending}>
        Merge into issue {chosen}
      </Button>
    </form>
  );
}
