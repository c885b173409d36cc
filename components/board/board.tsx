"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ReportIssueDialog } from "@/components/issues/report-issue-dialog";
import { useTRPC } from "@/components/trpc/react";
import { useCallback, useEffect, useState } from "react";
import { useNotices } from "@/components/ui/notices";
import { SessionMenu } from "@/components/auth/session-menu";
import { ThemeToggle } from "@/components/ui/theme";
import { useNow } from "@/components/ui/use-now";
import { BOARD_STATUSES, FINISHED_STATUSES, RECENT_WINDOW_MS, type OrderStatus } from "@/server/domain/order-status";
import type { OrderEventMessage } from "@/server/events/bus";
import { AllDayPanel } from "./all-day-panel";
import { CartChangeDialog, type CartEdit } from "./cart-change-dialog";
import { BoardColumn } from "./board-column";
import { chime, enableSound, useSoundEnabled } from "./chime";
import { ConnectionStatus } from "./connection-status";
import { IssueBanner } from "./issue-banner";
import type { CardActions } from "./order-card";
import { OrderDrawer } from "./order-drawer";
import { PlatformAlerts } from "./platform-alerts";
import { PrepTimeDialog } from "./prep-time-dialog";
import { PrintTicket } from "./print-ticket";
import { ReasonDialog } from "./reason-dialog";
import { RecentStrip } from "./recent-strip";
import { StoreSwitcher } from "./store-switcher";
import type { BoardOrder } from "./types";
import { useBoardFeed } from "./use-board-feed";
import { useOrderActions } from "./use-order-actions";

type OpenDialog = { kind: "accept" | "deny" | "cancel" | "details"; orderId: number };
/** What opens over the order detail without closing it. */
type Overlay = { kind: "cart"; orderId: number; edit: CartEdit } | { kind: "prep" | "issue"; orderId: number };

/** An unacknowledged order keeps chiming at this interval until someone taps it. */
const REMIND_MS = 30_000;
/** Platform alerts no order event announces (an unreadable delivery, a notification failing for 2 min) show within this. */
const PLATFORM_STATUS_REFRESH_MS = 5_000;

const isFinished = (status: OrderStatus) => (FINISHED_STATUSES as readonly OrderStatus[]).includes(status);

export function Board({ storeId }: { storeId: string }) {
  const { notify, region } = useNotices();
  const soundEnabled = useSoundEnabled();
  const now = useNow();
  const trpc = useTRPC();
  const onEvent = useCallback((message: OrderEventMessage) => {
    if (message.event.type === "created") chime();
  }, []);
  const { board, applyToBoard, resync, connection, lastUpdateAt } = useBoardFeed(storeId, onEvent);
  const mutations = useOrderActions({ applyToBoard, resync, notify });
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const platformStatus = useQuery(trpc.integrations.status.queryOptions({ storeId }, { refetchInterval: PLATFORM_STATUS_REFRESH_MS }));
  const session = useQuery(trpc.auth.session.queryOptions());
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  const donePrinting = useCallback(() => setPrinting(null), []);

  const orders = board.data?.orders ?? [];
  const waitingForSomeone = orders.some((order) => order.status === "incoming" && order.acknowledgedAt === null);
  useEffect(() => {
    if (!waitingForSomeone) return;
    const timer = setInterval(chime, REMIND_MS);
    return () => clearInterval(timer);
  }, [waitingForSomeone]);

  if (board.isPending) return <p className="p-8 text-lg">Loading the board…</p>;
  if (board.isError) {
    return (
      <main className="p-8">
        <h1 className="text-2xl font-bold">This board could not be opened</h1>
        <p role="alert" className="mt-2">
          {board.error.message}
        </p>
        <Link href="/" className="mt-4 inline-flex min-h-11 items-center rounded-lg border border-line px-4">
          Choose a store
        </Link>
      </main>
    );
  }

  const { store } = board.data;
  const canManage = session.data?.role === "admin" || (session.data?.role === "manager" && session.data.storeIds.includes(store.id));
  const ref = (order: BoardOrder) => ({ id: order.id, version: order.version });
  const actions: CardActions = {
    accept: (order) => setDialog({ kind: "accept", orderId: order.id }),
    deny: (order) => setDialog({ kind: "deny", orderId: order.id }),
    cancel: (order) => setDialog({ kind: "cancel", orderId: order.id }),
    details: (order) => setDialog({ kind: "details", orderId: order.id }),
    advance: (order, to) => mutations.advance.mutate({ ...ref(order), to }),
    recall: (order) => mutations.recall.mutate(ref(order)),
    acknowledge: (order) => mutations.acknowledge.mutate({ id: order.id }),
    acknowledgeChanges: (order) => mutations.acknowledgeChanges.mutate({ id: order.id }),
    setPacked: (order, itemId, packed) => mutations.setPacked.mutate({ id: order.id, itemId, packed }),
    readyAnyway: (order) => mutations.advance.mutate({ ...ref(order), to: "ready", readyAnyway: true }),
    print: (order) => setPrinting(order.id),
  };
  const busyId = Object.values(mutations).find((mutation) => mutation.isPending)?.variables?.id;
  // The dialog reads its order from the live cache, so it never acts on a stale copy.
  const dialogOrder = dialog ? orders.find((order) => order.id === dialog.orderId) : undefined;
  const overlayOrder = overlay ? orders.find((order) => order.id === overlay.orderId) : undefined;
  const printOrder = printing === null ? undefined : orders.find((order) => order.id === printing);
  const close = () => setDialog(null);
  const closeOverlay = () => setOverlay(null);
  const recent = orders
    .filter((order) => isFinished(order.status) && (order.finishedAt ?? 0) >= now - RECENT_WINDOW_MS)
    .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));

  return (
    <div className="flex min-h-screen flex-col">
      {connection === "offline" && <ConnectionStatus connection="offline" lastUpdateAt={lastUpdateAt} now={now} />}
      <header className="flex flex-wrap items-center gap-3 border-b border-line bg-panel px-4 py-2">
        <h1 className="mr-auto text-xl font-bold">{store.name}</h1>
        {connection !== "offline" && <ConnectionStatus connection={connection} lastUpdateAt={lastUpdateAt} now={now} />}
        <StoreSwitcher storeId={store.id} />
        <SessionMenu storeId={store.id} />
        {!soundEnabled && (
          <button type="button" className="min-h-11 rounded-lg bg-accent px-3 text-sm font-semibold text-accent-fg" onClick={enableSound}>
            Enable sound
          </button>
        )}
        <ThemeToggle />
      </header>
      {region}
      <main className="flex flex-1 flex-col gap-3 p-3">
        <PlatformAlerts status={platformStatus.data} orders={orders} now={now} timezone={store.timezone} canManage={canManage} />
        <IssueBanner issues={board.data.issues} canTriage={canManage} />
        <div className="grid grid-cols-4 gap-3">
          {BOARD_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              orders={orders.filter((order) => order.status === status)}
              timezone={store.timezone}
              now={now}
              actions={actions}
              busyId={busyId}
              acceptDeadlines={platformStatus.data?.acceptDeadlines}
            />
          ))}
        </div>
        <RecentStrip orders={recent} timezone={store.timezone} now={now} actions={actions} busyId={busyId} />
        <AllDayPanel orders={orders} />
      </main>
      {dialog?.kind === "accept" && dialogOrder && (
        <PrepTimeDialog
          title={`Accept order ${dialogOrder.shortCode}`}
          submitLabel="Accept order"
          onClose={close}
          onSubmit={(prepMinutes) => {
            mutations.accept.mutate({ ...ref(dialogOrder), prepMinutes });
            close();
          }}
        />
      )}
      {(dialog?.kind === "deny" || dialog?.kind === "cancel") && dialogOrder && (
        <ReasonDialog
          order={dialogOrder}
          verb={dialog.kind === "deny" ? "Deny" : "Cancel"}
          onClose={close}
          onConfirm={(reason) => {
            (dialog.kind === "deny" ? mutations.deny : mutations.cancel).mutate({ ...ref(dialogOrder), reason });
            close();
          }}
        />
      )}
      {dialog?.kind === "details" && dialogOrder && (
        <OrderDrawer
          order={dialogOrder}
          timezone={store.timezone}
          onClose={close}
          onEdit={(edit) => setOverlay({ kind: "cart", orderId: dialogOrder.id, edit })}
          onChangePrepTime={() => setOverlay({ kind: "prep", orderId: dialogOrder.id })}
          onPrint={() => setPrinting(dialogOrder.id)}
          onReportIssue={() => setOverlay({ kind: "issue", orderId: dialogOrder.id })}
        />
      )}
      {overlay?.kind === "issue" && overlayOrder && (
        <ReportIssueDialog
          order={overlayOrder}
          onClose={closeOverlay}
          onReported={(message) => {
            notify(message);
            closeOverlay();
          }}
        />
      )}
      {overlay?.kind === "cart" && overlayOrder && (
        <CartChangeDialog
          order={overlayOrder}
          edit={overlay.edit}
          onClose={closeOverlay}
          onSubmit={(change, reason) => {
            mutations.changeCart.mutate({ ...ref(overlayOrder), changes: [change], reason });
            closeOverlay();
          }}
        />
      )}
      {overlay?.kind === "prep" && overlayOrder && (
        <PrepTimeDialog
          title={`New prep time for order ${overlayOrder.shortCode}`}
          submitLabel="Save prep time"
          initialMinutes={overlayOrder.prepMinutes ?? 15}
          onClose={closeOverlay}
          onSubmit={(prepMinutes) => {
            mutations.setPrepTime.mutate({ ...ref(overlayOrder), prepMinutes });
            closeOverlay();
          }}
        />
      )}
      {printOrder && <PrintTicket order={printOrder} timezone={store.timezone} onDone={donePrinting} />}
    </div>
  );
}
