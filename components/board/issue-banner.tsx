import Link from "next/link";
import { ISSUE_TYPE_LABELS, PRIORITY_LABELS } from "@/server/domain/order-issue";
import type { BoardIssue } from "./types";

/** Urgent and high issues of this store, until someone resolves them. */
export function IssueBanner({ issues, canTriage }: { issues: BoardIssue[]; canTriage: boolean }) {
  if (issues.length === 0) return null;
  return (
    <section aria-label="Open issues" className="rounded-2xl border-2 border-late-line bg-late-bg p-3">
      <h2 className="font-bold">
        {issues.length === 1 ? "1 open issue" : `${issues.length} open issues`} needing attention
      </h2>
      <ul className="mt-1 space-y-1">
        {issues.map((issue) => (
          <li key={issue.id} className="flex flex-wrap items-center gap-2">
            <span className="rounded-md border border-current px-2 text-xs font-bold">{PRIORITY_LABELS[issue.priority]}</span>
            <span>
              #{issue.shortCode} · {ISSUE_TYPE_LABELS[issue.type]}: {issue.description}
            </span>
            {canTriage && (
              <Link href={`/issues/${issue.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm">
                Open issue {issue.id}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
