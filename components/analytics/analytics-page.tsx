"use client";

import { useQuery } from "@tanstack/react-query";
import { useStores } from "@/components/ui/use-stores";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/react";
import { PageShell } from "@/components/ui/page-shell";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { ISSUE_TYPE_LABELS, PRIORITY_LABELS } from "@/server/domain/order-issue";
import { formatMoney } from "@/server/domain/money";
import { minutes, percent } from "./figures";
import { STATUS_LABELS } from "@/server/domain/order-status";
import { CHANNEL_LABELS } from "@/server/domain/channel";
import { OUTCOME_LABELS } from "@/server/domain/handover";
import { PAYMENT_LABELS } from "@/server/domain/payment";
import { PLATFORMS, PLATFORM_LABELS } from "@/server/domain/platforms";
import { REASON_LABELS } from "@/server/domain/reason-codes";
import { Bars, LOSS_COLOURS, PLATFORM_COLOURS } from "./charts";
import { HeadlineFigures } from "./headline";
import { TableFrame } from "@/components/ui/table-frame";
import { Input, Select } from "@/components/ui/field";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** "Oven down 30 · No tablet online 5", or "—" for none. */
const spelled = (minutesBy: Record<string, number>) => Object.entries(minutesBy).map(([label, value]) => `${label} ${value}`).join(" · ") || "—";
const PARAMS = ["store", "range", "from", "to"] as const;

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-2xl border border-line bg-panel p-4">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <TableFrame label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {head.map((cell) => (
              <th key={cell} scope="col" className="py-1 pr-3">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])} className="border-b border-line">
              {row.map((cell, i) => (i === 0 ? <th key={i} scope="row" className="py-1 pr-3 font-normal">{cell}</th> : <td key={i} className="pr-3">{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** A store's volumes, peak hours, speed, stage times, losses, issues and people, in its own time zone. */
export function AnalyticsPage() {
  const trpc = useTRPC();
  const stores = useStores();
  const [params, update] = useUrlFilters(PARAMS);
  const storeId = params.store || stores.data?.[0]?.id;
  const range = params.range === "today" || params.range === "30d" || params.range === "custom" ? params.range : "7d";
  const ready = storeId !== undefined && (range !== "custom" || (!!params.from && !!params.to));
  const analytics = useQuery({ ...trpc.analytics.get.queryOptions({ storeId: storeId ?? "", range, from: params.from, to: params.to }), enabled: ready });
  const a = analytics.data;
  const money = (cents: number) => formatMoney(cents, a?.currency ?? "USD");

  return (
    <PageShell title="Analytics">
      <form aria-label="Range" className="mt-3 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm">
          Store
          <Select value={storeId ?? ""} onChange={(e) => update({ store: e.target.value })}>
            {stores.data?.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </Select>
        </label>
        <fieldset className="flex min-w-0 flex-wrap gap-2">
          <legend className="text-sm">Range</legend>
          {(["today", "7d", "30d", "custom"] as const).map((value) => (
            <button key={value} type="button" aria-pressed={range === value} className={`min-h-11 rounded-lg border px-3 ${range === value ? "border-accent bg-accent text-accent-fg" : "border-line"}`} onClick={() => update({ range: value })}>
              {{ today: "Today", "7d": "7 days", "30d": "30 days", custom: "Custom" }[value]}
            </button>
          ))}
        </fieldset>
        {range === "custom" && (
          <>
            <label className="flex flex-col text-sm">
              From
              <Input type="date" value={params.from ?? ""} onChange={(e) => update({ from: e.target.value })} />
            </label>
            <label className="flex flex-col text-sm">
              To
              <Input type="date" value={params.to ?? ""} onChange={(e) => update({ to: e.target.value })} />
            </label>
          </>
        )}
      </form>
      {analytics.isError && <p role="alert" className="mt-3">{analytics.error.message}</p>}
      {a && (
        <div className="mt-4 grid grid-cols-1 gap-4">
          <HeadlineFigures storeId={a.store.id} headline={a.headline} currency={a.currency} />
          <p aria-label="Totals" className="text-lg">
            {a.store.name}, {a.fromDay} to {a.toDay} ({a.store.timezone}): <strong>{a.totals.orders} orders</strong>, {money(a.totals.revenueCents)} revenue, {a.totals.active} active, {a.totals.finished} finished
          </p>
          <Panel title="Orders per day by platform">
            <Bars label="Orders per day, stacked by platform" data={a.volumes.map((d) => ({ day: d.day.slice(5), ...d.byPlatform }))} x="day" stacked series={PLATFORMS.map((p) => ({ key: p, label: PLATFORM_LABELS[p], colour: PLATFORM_COLOURS[p] }))} />
            <Table caption="Orders and revenue per day" head={["Day", "Orders", ...PLATFORMS.map((p) => PLATFORM_LABELS[p]), "Revenue"]} rows={a.volumes.map((d) => [d.day, d.orders, ...PLATFORMS.map((p) => d.byPlatform[p]), money(d.revenueCents)])} />
          </Panel>
          <Panel title="Channels and payment">
            <Table caption="Orders and revenue by channel" head={["Channel", "Orders", "Revenue"]} rows={a.byChannel.map((row) => [CHANNEL_LABELS[row.channel], row.orders, money(row.revenueCents)])} />
            <Table caption="Orders and revenue by payment" head={["Payment", "Orders", "Revenue"]} rows={a.byPaymentMethod.map((row) => [PAYMENT_LABELS[row.method], row.orders, money(row.revenueCents)])} />
          </Panel>
          <Panel title="Peak hours">
            <TableFrame label="Peak hours">
              <table className="border-collapse text-center text-xs">
                <caption className="sr-only">Orders by weekday and hour of day</caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    {Array.from({ length: 24 }, (_, h) => (
                      <th key={h} scope="col" className="w-7">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {a.peakHours.map((hours, weekday) => {
                    const max = Math.max(1, ...a.peakHours.flat());
                    // The shade is capped so a cell's count stays readable (at least 4.5:1) on the busiest hour, in either theme.
                    return (
                      <tr key={weekday}>
                        <th scope="row" className="pr-2 text-left">
                          {WEEKDAYS[weekday]}
                        </th>
                        {hours.map((n, h) => (
                          <td key={h} className="h-7 w-7 border border-line" style={{ background: n ? `rgb(79 140 255 / ${0.12 + (0.5 * n) / max})` : undefined }}>
                            {n || ""}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableFrame>
          </Panel>
          <Panel title="Speed">
            <Table
              caption="Speed, median and 90th percentile"
              head={["Measure", "Median", "p90", "Orders"]}
              rows={[
                ["Time to accept", minutes(a.speed.toAccept.median), minutes(a.speed.toAccept.p90), a.speed.toAccept.count],
                ["Accept → ready", minutes(a.speed.acceptToReady.median), minutes(a.speed.acceptToReady.p90), a.speed.acceptToReady.count],
                ["Quoted prep time", minutes(a.speed.quotedPrep.median), minutes(a.speed.quotedPrep.p90), a.speed.quotedPrep.count],
                ["Ready → picked up or completed", minutes(a.speed.readyToHandover.median), minutes(a.speed.readyToHandover.p90), a.speed.readyToHandover.count],
              ]}
            />
            <p className="mt-2">Late (ready after ready-by): {percent(a.speed.lateRate)}</p>
          </Panel>
          <Panel title="Time in each stage">
            <Table caption="Median time in each stage by platform" head={["Stage", ...PLATFORMS.map((p) => PLATFORM_LABELS[p])]} rows={a.dwell.map((d) => [STATUS_LABELS[d.status], ...PLATFORMS.map((p) => minutes(d.byPlatform[p]))])} />
            <Table caption="Median time in each stage by hour entered" head={["Stage", ...Array.from({ length: 24 }, (_, h) => `${h}h`)]} rows={a.dwell.map((d) => [STATUS_LABELS[d.status], ...d.byHour.map((v) => (v === null ? "" : (v / 60_000).toFixed(0)))])} />
          </Panel>
          <Panel title="Losses">
            <p>
              Cancelled {percent(a.losses.cancelRate)} · denied {percent(a.losses.denyRate)} · unanswered over 5 minutes: {a.losses.unacceptedOver5Min}
            </p>
            <Bars label="Cancelled and denied orders by platform" data={a.losses.byPlatform.map((p) => ({ platform: PLATFORM_LABELS[p.platform], cancelled: p.cancelled, denied: p.denied }))} x="platform" series={[{ key: "cancelled", label: "Cancelled", colour: LOSS_COLOURS.cancelled }, { key: "denied", label: "Denied", colour: LOSS_COLOURS.denied }]} />
            <Table caption="Losses by reason" head={["Reason", "Cancelled", "Denied"]} rows={a.losses.byReason.map((r) => [REASON_LABELS[r.code], r.cancelled, r.denied])} />
            <Table caption="Failed handovers, apart from cancellations" head={["Outcome", "Orders"]} rows={a.losses.handoverFailures.map((row) => [OUTCOME_LABELS[row.outcome], row.orders])} />
            <Table caption="Losses by platform" head={["Platform", "Orders", "Cancelled", "Denied"]} rows={a.losses.byPlatform.map((p) => [PLATFORM_LABELS[p.platform], p.orders, p.cancelled, p.denied])} />
          </Panel>
          <Panel title="Issues">
            <p>
              {a.issues.count} issues, {a.issues.per100Orders} per 100 orders · refunds {money(a.issues.refundCents)}
            </p>
            <Table caption="Issues by type" head={["Type", "Issues", "Per 100 orders"]} rows={a.issues.byType.map((t) => [ISSUE_TYPE_LABELS[t.type], t.count, t.per100Orders])} />
            <Table caption="Issues by priority" head={["Priority", "Issues", "Per 100 orders"]} rows={a.issues.byPriority.map((p) => [PRIORITY_LABELS[p.priority], p.count, p.per100Orders])} />
            <Table caption="Items most often in issues" head={["Item", "Issues"]} rows={a.issues.topItems.map((i) => [i.name, i.count])} />
          </Panel>
          <Panel title="Store controls">
            <p>Orders auto-accepted: {a.controls.autoAccepted}</p>
            <Table caption="Minutes paused per day, by why" head={["Day", "Minutes paused"]} rows={a.controls.pausedByDay.map((d) => [d.day, spelled(d.minutes)])} />
            <Table caption="Minutes in busy mode per day, by extra minutes quoted" head={["Day", "Minutes busy"]} rows={a.controls.busyByDay.map((d) => [d.day, spelled(d.minutes)])} />
            <Table caption="Items 86'd most" head={["Item", "Times 86'd"]} rows={a.controls.mostOut.map((item) => [item.name, item.times])} />
          </Panel>
          <Panel title="People">
            <Table caption="Orders accepted and completed per person" head={["Person", "Accepted", "Completed", "Median time to accept"]} rows={a.employees.map((e) => [e.name, e.accepted, e.completed, minutes(e.medianToAcceptMs)])} />
          </Panel>
        </div>
      )}
    </PageShell>
  );
}
