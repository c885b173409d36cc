"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useStores } from "@/components/ui/use-stores";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/react";
import { customerShortName, formatDuration } from "@/components/ui/format";
import { FilterSelect, PageShell } from "@/components/ui/page-shell";
import { useFormat } from "@/components/ui/use-format";
import { useNow } from "@/components/ui/use-now";
import { useUrlFilters, type UrlFilters } from "@/components/ui/use-url-filters";
import { ISSUE_PRIORITIES, ISSUE_STATUSES, ISSUE_STATUS_LABELS, ISSUE_TYPES, ISSUE_TYPE_LABELS, PRIORITY_LABELS, type IssuePriority, type IssueStatus, type IssueType } from "@/server/domain/order-issue";
import { PLATFORMS, PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";
import { useLiveIssues } from "./use-live-issues";
import { Button } from "@/components/ui/button";
import { TableFrame } from "@/components/ui/table-frame";
import { Input } from "@/components/ui/field";

const FILTERS = ["status", "type", "priority", "store", "platform", "from", "to", "q"] as const;
type Filters = UrlFilters<(typeof FILTERS)[number]>;

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) => (value && (allowed as readonly string[]).includes(value) ? [value as T] : undefined);
const dayStart = (day: string | undefined) => (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`).toISOString() : undefined);

/** The manager's triage list: filters held in the URL so a view can be shared, urgent first, live. */
export function IssuesPage() {
  const trpc = useTRPC();
  const now = useNow();
  const [filters, update] = useUrlFilters(FILTERS);
  useLiveIssues();
  const stores = useStores();
  const storeOf = (id: string) => stores.data?.find((store) => store.id === id);
  const format = useFormat();
  const query = {
    store_id: filters.store || undefined,
    type: pick<IssueType>(filters.type, ISSUE_TYPES),
    priority: pick<IssuePriority>(filters.priority, ISSUE_PRIORITIES),
    platform: pick<Platform>(filters.platform, PLATFORMS),
    reported_from: dayStart(filters.from),
    reported_to: filters.to ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString() : undefined,
    q: filters.q || undefined,
  };
  const issues = useInfiniteQuery(
    trpc.issues.list.infiniteQueryOptions({ ...query, status: pick<IssueStatus>(filters.status, ISSUE_STATUSES) }, { getNextPageParam: (page) => page.next_cursor ?? undefined }),
  );
  const rows = issues.data?.pages.flatMap((page) => page.issues) ?? [];
  const counts = useQuery(trpc.issues.counts.queryOptions(query));

  const select = (key: keyof Filters, label: string, options: readonly string[], labels: Record<string, string>) => (
    <FilterSelect label={label} value={filters[key]} options={options} labels={labels} onChange={(value) => update({ [key]: value })} />
  );

  return (
    <PageShell title="Issues">
      <ul aria-label="Issues by status" className="mt-3 flex flex-wrap gap-2">
        {ISSUE_STATUSES.map((status) => (
          <li key={status}>
            <button
              type="button"
              aria-pressed={filters.status === status}
              className={`min-h-11 rounded-lg border px-3 ${filters.status === status ? "border-accent bg-accent text-accent-fg" : "border-line"}`}
              onClick={() => update({ status: filters.status === status ? undefined : status })}
            >
              {ISSUE_STATUS_LABELS[status]}: {counts.data?.[status] ?? "…"}
            </button>
          </li>
        ))}
      </ul>
      <form aria-label="Filters" className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
        {select("type", "Type", ISSUE_TYPES, ISSUE_TYPE_LABELS)}
        {select("priority", "Priority", ISSUE_PRIORITIES, PRIORITY_LABELS)}
        {select("platform", "Platform", PLATFORMS, PLATFORM_LABELS)}
        {select("store", "Store", stores.data?.map((s) => s.id) ?? [], Object.fromEntries(stores.data?.map((s) => [s.id, s.name]) ?? []))}
        <label className="flex flex-col text-sm">
          Reported from
          <Input type="date" value={filters.from ?? ""} onChange={(e) => update({ from: e.target.value })} />
        </label>
        <label className="flex flex-col text-sm">
          Reported to
          <Input type="date" value={filters.to ?? ""} onChange={(e) => update({ to: e.target.value })} />
        </label>
        <label className="col-span-2 flex flex-col text-sm">
          Search
          <Input type="search" value={filters.q ?? ""} onChange={(e) => update({ q: e.target.value })} placeholder="Description, order code or customer" />
        </label>
      </form>
      {issues.isError && <p role="alert">{issues.error.message}</p>}
      <TableFrame label="Issues" className="mt-4">
      <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Issues, most urgent first, then oldest</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2">Priority</th>
              <th scope="col">Issue</th>
              <th scope="col">Status</th>
              <th scope="col">Order</th>
              <th scope="col">Store</th>
              <th scope="col">Reported</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((issue) => (
              <tr key={issue.id} className="border-b border-line">
                <td className="py-2 font-semibold">{PRIORITY_LABELS[issue.priority]}</td>
                <td>
                  <Link href={`/issues/${issue.id}`} className="underline">
                    {ISSUE_TYPE_LABELS[issue.type]}: {issue.description}
                  </Link>
                </td>
                <td>{ISSUE_STATUS_LABELS[issue.status]}</td>
                <td>
                  <Link href={`/history?store=${encodeURIComponent(issue.store_id)}&q=${encodeURIComponent(issue.order.short_code)}`} className="inline-flex min-h-11 items-center font-mono font-semibold underline" aria-label={`Order ${issue.order.short_code} in history`}>
                    #{issue.order.short_code}
                  </Link>{" "}
                  · {PLATFORM_LABELS[issue.order.platform]} · {customerShortName(issue.order.customer.first_name, issue.order.customer.last_name)}
                </td>
                <td>{storeOf(issue.store_id)?.name ?? issue.store_id}</td>
                <td>
                  {format.dateMinute(Date.parse(issue.created_at), storeOf(issue.store_id)?.timezone ?? "UTC")}
                  <span className="block text-muted">{formatDuration(now - Date.parse(issue.created_at))} ago</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {issues.data && rows.length === 0 && <p className="mt-3 text-muted">No issues match these filters.</p>}
      {issues.hasNextPage && (
        <Button className="mt-3" disabled={issues.isFetchingNextPage} onClick={() => void issues.fetchNextPage()}>
          Show more
        </Button>
      )}
    </PageShell>
  );
}
