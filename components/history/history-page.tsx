"use client";

import { useInfiniteQuery, useQueries, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useStores } from "@/components/ui/use-stores";
import { useState } from "react";
import { OrderDrawer } from "@/components/board/order-drawer";
import { useTRPC } from "@/components/trpc/react";
import { useTranslations } from "next-intl";
import { customerShortName } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { FilterMenu } from "@/components/ui/filter-menu";
import { FilterSelect, PageShell } from "@/components/ui/page-shell";
import { useUrlFilters, type UrlFilters } from "@/components/ui/use-url-filters";
import { storesFor } from "@/server/domain/access";
import { CHANNEL_LABELS, CHANNELS, type Channel } from "@/server/domain/channel";
import { FULFILLMENT_LABELS, FULFILLMENT_TYPES, type FulfillmentType } from "@/server/domain/fulfillment";
import { PAYMENT_LABELS, PAYMENT_METHODS, type PaymentMethod } from "@/server/domain/payment";
import { ORDER_STATUSES, STATUS_LABELS, type OrderStatus } from "@/server/domain/order-status";
import { PLATFORMS, PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";
import { Button } from "@/components/ui/button";
import { TableFrame } from "@/components/ui/table-frame";
import { Input } from "@/components/ui/field";

const FILTERS = ["store", "status", "platform", "fulfillment", "from", "to", "issue", "customer", "channel", "payment", "paid", "q", "sort", "dir"] as const;
type Filters = UrlFilters<(typeof FILTERS)[number]>;

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) => (value && (allowed as readonly string[]).includes(value) ? [value as T] : undefined);
/** Several values in one URL parameter, comma-separated, as the REST API takes them; unknown ones dropped. */
const pickAll = <T extends string>(value: string | undefined, allowed: readonly T[]) => (value ?? "").split(",").filter((one): one is T => (allowed as readonly string[]).includes(one));
const day = (value: string | undefined, plusDays = 0) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(Date.parse(`${value}T00:00:00Z`) + plusDays * 86_400_000).toISOString() : undefined;

/** Every order of a store, filtered and sorted, held in the URL so a view can be shared; CSV of exactly that set. */
export function HistoryPage() {
  const format = useFormat();
  const t = useTranslations("common");
  const trpc = useTRPC();
  const stores = useStores();
  const session = useQuery(trpc.auth.session.queryOptions());
  const [filters, update] = useUrlFilters(FILTERS);
  const [openId, setOpenId] = useState<number | null>(null);
  // Without a store the list spans every store the person may look back on; one with a single store sees it named.
  const reach = session.data ? storesFor(session.data, "orders.history") : [];
  const acrossStores = reach === null || reach.length > 1;
  const storeId = filters.store || (acrossStores ? undefined : stores.data?.[0]?.id);
  const sort = filters.sort === "total" ? "total" : "placed";
  const dir = filters.dir === "asc" ? "asc" : "desc";
  const statuses = pickAll<OrderStatus>(filters.status, ORDER_STATUSES);
  const filtersInput = {
    store_id: storeId,
    status: statuses.length ? statuses : undefined,
    platform: pick<Platform>(filters.platform, PLATFORMS),
    fulfillment: pick<FulfillmentType>(filters.fulfillment, FULFILLMENT_TYPES),
    placed_from: day(filters.from),
    placed_to: day(filters.to, 1),
    has_issue: filters.issue === "yes" ? true : filters.issue === "no" ? false : undefined,
    customer_id: filters.customer && /^\d+$/.test(filters.customer) ? [Number(filters.customer)] : undefined,
    channel: pick<Channel>(filters.channel, CHANNELS),
    payment_method: pick<PaymentMethod>(filters.payment, PAYMENT_METHODS),
    paid: filters.paid === "yes" ? true : filters.paid === "no" ? false : undefined,
    q: filters.q || undefined,
  } as const;
  const input = { ...filtersInput, sort, dir, limit: 50 } as const;
  const orders = useInfiniteQuery({
    ...trpc.orders.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.next_cursor ?? undefined }),
    enabled: stores.data !== undefined,
  });
  const totals = useQuery({ ...trpc.orders.totals.queryOptions(filtersInput), enabled: stores.data !== undefined });
  const rows = orders.data?.pages.flatMap((page) => page.orders) ?? [];
  // Which orders shown have an issue reported: asked once per page of orders.
  const withIssues = useQueries({
    queries: (orders.data?.pages ?? []).map((page) => trpc.orders.withIssues.queryOptions({ store_id: storeId, ids: page.orders.map((order) => order.id) })),
    combine: (answers) => new Set(answers.flatMap((answer) => answer.data ?? [])),
  });
  const storeOf = (id: string) => stores.data?.find((store) => store.id === id);
  const timezone = storeOf(storeId ?? "")?.timezone ?? "UTC";

  // The export takes the same filters as the list, as a query string.
  const exportParams = new URLSearchParams(
    Object.entries(input)
      .filter(([key, value]) => key !== "limit" && value !== undefined)
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : String(value)]),
  );
  const select = (key: keyof Filters, label: string, options: readonly string[], labels: Record<string, string>, all = "All") => (
    <FilterSelect label={label} value={filters[key]} options={options} labels={labels} all={all} onChange={(value) => update({ [key]: value })} />
  );
  const sortButton = (column: "placed" | "total", label: string) => (
    <th scope="col" aria-sort={sort === column ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" className="min-h-11 font-semibold underline" onClick={() => update({ sort: column, dir: sort === column && dir === "desc" ? "asc" : "desc" })}>
        {label} {sort === column ? (dir === "asc" ? "↑" : "↓") : ""}
      </button>
    </th>
  );

  return (
    <PageShell title="Order history">
      <form aria-label="Filters" className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
        {select("store", "Store", stores.data?.map((s) => s.id) ?? [], Object.fromEntries(stores.data?.map((s) => [s.id, s.name]) ?? []), acrossStores ? "All stores" : "")}
        <FilterMenu label="Status" values={statuses} options={ORDER_STATUSES} labels={STATUS_LABELS} onChange={(values) => update({ status: values.join(",") })} />
        {select("platform", "Platform", PLATFORMS, PLATFORM_LABELS)}
        {select("fulfillment", "Fulfillment", FULFILLMENT_TYPES, FULFILLMENT_LABELS)}
        <label className="flex flex-col text-sm">
          Placed from
          <Input type="date" value={filters.from ?? ""} onChange={(e) => update({ from: e.target.value })} />
        </label>
        <label className="flex flex-col text-sm">
          Placed to
          <Input type="date" value={filters.to ?? ""} onChange={(e) => update({ to: e.target.value })} />
        </label>
        {select("issue", "Issues", ["yes", "no"], { yes: "With an issue", no: "Without issues" }, "Any")}
        {select("channel", "Channel", CHANNELS, CHANNEL_LABELS)}
        {select("payment", "Payment", PAYMENT_METHODS, PAYMENT_LABELS)}
        {select("paid", "Paid", ["yes", "no"], { yes: "Paid", no: "To collect" }, "Any")}
        <label className="flex flex-col text-sm">
          Search
          <Input type="search" value={filters.q ?? ""} onChange={(e) => update({ q: e.target.value })} placeholder="Code, customer or item" />
        </label>
      </form>
      {input.customer_id && (
        <p className="mt-3 flex items-center gap-2">
          Only the orders of customer {input.customer_id[0]}
          <Button onClick={() => update({ customer: "" })}>
            Show every customer
          </Button>
        </p>
      )}
      <p className="mt-3">
        <a href={`/api/orders/export?${exportParams}`} className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-semibold text-accent-fg" download>
          Export CSV
        </a>
      </p>
      {orders.isError && <p role="alert">{orders.error.message}</p>}
      <TableFrame label="Orders" className="mt-4">
        <table className="w-full min-w-xl border-collapse text-left text-sm">
          <caption className="sr-only">Orders</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col">Order</th>
              {acrossStores && <th scope="col">Store</th>}
              {sortButton("placed", "Placed")}
              <th scope="col">Status</th>
              <th scope="col">Platform</th>
              <th scope="col">Fulfillment</th>
              <th scope="col">Customer</th>
              {sortButton("total", "Total")}
              <th scope="col">Issue</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((order) => (
              <tr key={order.id} className="border-b border-line">
                <th scope="row">
                  <button type="button" className="min-h-11 font-mono font-semibold underline" onClick={() => setOpenId(order.id)}>
                    #{order.short_code}
                  </button>
                </th>
                {acrossStores && <td>{storeOf(order.store_id)?.name ?? order.store_id}</td>}
                <td>{format.dateMinute(Date.parse(order.placed_at), storeOf(order.store_id)?.timezone ?? timezone)}</td>
                <td>{STATUS_LABELS[order.status]}</td>
                <td>{PLATFORM_LABELS[order.platform]}</td>
                <td>{FULFILLMENT_LABELS[order.fulfillment.type]}</td>
                <td>{customerShortName(order.customer.first_name, order.customer.last_name)}</td>
                <td>{format.money(order.money.total_cents, order.money.currency)}</td>
                <td>
                  {withIssues.has(order.id) && (
                    <Link href={`/issues?q=${encodeURIComponent(order.short_code)}`} className="inline-flex min-h-11 items-center font-semibold underline" aria-label={`Issues of order ${order.short_code}`}>
                      Reported
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          {totals.data && (
            <tfoot>
              <tr className="font-semibold">
                <th scope="row">Totals</th>
                <td colSpan={acrossStores ? 6 : 5}>
                  {t("orders", { count: totals.data.count })}
                  {rows.length < totals.data.count ? ` (${rows.length} shown)` : ""}
                </td>
                <td>{totals.data.totals.map((total) => format.money(total.total_cents, total.currency)).join(" + ") || format.money(0, "USD")}</td>
                <td />
              </tr>
            </tfoot>
          )}
        </table>
      </TableFrame>
      {orders.data && rows.length === 0 && <p className="mt-3 text-muted">No orders match these filters.</p>}
      {orders.hasNextPage && (
        <Button className="mt-3" disabled={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()}>
          Show more
        </Button>
      )}
      {openId !== null && <HistoryDrawer id={openId} timezone={timezone} onClose={() => setOpenId(null)} />}
    </PageShell>
  );
}

/** An order of the list opened with its whole timeline (the list carries orders as the API does). */
function HistoryDrawer({ id, timezone, onClose }: { id: number; timezone: string; onClose: () => void }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.orders.detail.queryOptions({ id }));
  if (detail.isError) return <p role="alert">{detail.error.message}</p>;
  return detail.data ? <OrderDrawer order={detail.data} timezone={timezone} onClose={onClose} canManage /> : null;
}
