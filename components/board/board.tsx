"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { toast, Toaster } from "sonner";
import { rememberStore } from "@/components/auth/remembered-store";
import { AppHeader } from "@/components/nav/app-header";
import { ReportIssueDialog } from "@/components/issues/report-issue-dialog";
import { useTRPC } from "@/components/trpc/react";
import { useFormat } from "@/components/ui/use-format";
import { useNow } from "@/components/ui/use-now";
import { BOARD_STATUSES, FINISHED_STATUSES, RECENT_WINDOW_MS, type OrderStatus } from "@/server/domain/order-status";
import type { OrderEventMessage } from "@/server/events/bus";
import { AlertRail } from "./alert-rail";
import { AllDayPanel } from "./all-day-panel";
import { assignmentLabel, isMine } from "./assignment";
import { BoardColumn } from "./board-column";
import { BoardColumns } from "./board-columns";
import { BoardDock } from "./board-dock";
import { CartChangeDialog, type CartEdit } from "./cart-change-dialog";
import { chime } from "./chime";
import { sortColumn } from "./column-order";
import { ConnectionStatus, DisconnectedBar } from "./connection-status";
import { useIncomingOrder } from "./incoming-order";
import { NewOrderSheet } from "./new-order-sheet";
import type { CardActions } from "./order-card";
import { OrderDrawer } from "./order-drawer";
import { PrepTimeDialog } from "./prep-time-dialog";
import { PrintTicket } from "./print-ticket";
import { ReasonDialog } from "./reason-dialog";
import { OrderStrip } from "./order-strip";
import { SoundBanner } from "./sound-banner";
import { outOfStock, outOfStockLines } from "./out-of-stock";
import { AutoAcceptDialog } from "./auto-accept-dialog";
import { ItemsDialog } from "./items-dialog";
import { BusyBanner, BusyDialog, PauseBanner, PauseDialog } from "./store-controls";
import { StoreSwitcher } from "./store-switcher";
import type { BoardOrder } from "./types";
import { useBoardFeed } from "./use-board-feed";
import { useOrderActions, type OrderActions } from "./use-order-actions";
import { useWakeLock } from "./use-wake-lock";
import { InstallHint } from "@/components/pwa/install-hint";
import { useStayOnPage } from "@/components/pwa/use-stay-on-page";
import { can } from "@/server/domain/access";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { isOpenAt } from "@/server/domain/store-controls";
import { Button, ButtonLink } from "@/components/ui/button";
import { useRefusalText } from "@/components/ui/use-refusal-text";

/** `substitute`: the 86'd line whose substitution opens once the order is accepted. */
type OpenDialog = { kind: "accept" | "deny" | "cancel" | "details"; orderId: number; substitute?: number } | { kind: "pause" | "busy" | "items" | "auto-accept" };
/** What opens over the order detail without closing it. */
type Overlay = { kind: "cart"; orderId: number; edit: CartEdit } | { kind: "prep" | "issue"; orderId: number };

/** An unacknowledged order keeps chiming at this interval until someone acts on it. */
const REMIND_MS = 30_000;
/** Platform alerts no order event announces (an unreadable delivery, a notification failing for 2 min) show within this. */
const PLATFORM_STATUS_REFRESH_MS = 5_000;
/** The board's own clock (recently finished, escalations): minutes matter, not seconds. */
const BOARD_CLOCK_MS = 15_000;
/** Where the kitchen works from the lines, they show without a tap. */
const LINES_OPEN: Record<OrderStatus, boolean> = {
  scheduled: false,
  incoming: false,
  accepted: true,
  bagging: true,
  ready: false,
  picked_up: false,
  completed: false,
  cancelled: false,
  denied: false,
  failed: false,
};

const isFinished = (status: OrderStatus) => (FINISHED_STATUSES as readonly OrderStatus[]).includes(status);

/** Scrolls a card into view and makes it flash, for "Show order". */
function showCard(order: BoardOrder) {
  const card = document.getElementById(`order-${order.id}`);
  card?.scrollIntoView({ behavior: "smooth", block: "center" });
  card?.animate([{ outline: "4px solid var(--accent)" }, { outline: "4px solid transparent" }], { duration: 1_500, iterations: 2 });
}

export function Board({ storeId }: { storeId: string }) {
  const now = useNow(BOARD_CLOCK_MS);
  const trpc = useTRPC();
  const t = useTranslations();
  const refusal = useRefusalText();
  const format = useFormat();
  useStayOnPage();
  useWakeLock();
  // The pages opened from here (history, analytics, issues) are about this store.
  useEffect(() => rememberStore(storeId), [storeId]);
  const onEvent = useCallback((message: OrderEventMessage) => {
    if ((message.event.type === "created" && message.event.toStatus === "incoming") || message.event.type === "due") chime();
  }, []);
  const { board, applyToBoard, resync, connection, gapNote, dismissGapNote, refused } = useBoardFeed(storeId, onEvent);
  const ops = useOrderActions({ applyToBoard, resync, notify: (message) => toast.warning(message, { duration: 8_000 }) });
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const platformStatus = useQuery(trpc.integrations.status.queryOptions({ storeId }, { refetchInterval: PLATFORM_STATUS_REFRESH_MS }));
  const session = useQuery(trpc.auth.session.queryOptions());
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  const donePrinting = useCallback(() => setPrinting(null), []);
  const [incomingOrder, setIncomingOrder] = useIncomingOrder();
  const incomingSort = useMemo(() => ({ value: incomingOrder, onChange: setIncomingOrder }), [incomingOrder, setIncomingOrder]);

  // Cards are memoized: they get one actions object for the board's life, which always calls the latest actions.
  const latest = useRef<OrderActions>(ops);
  // The message a one-tap denial sends the platform, in the tablet's language.
  const closedDenial = useRef(t("board.closedDenial"));
  const me = session.data?.kind === "employee" ? session.data.employeeId : undefined;
  const meRef = useRef(me);
  const unavailable = useMemo(() => new Set(board.data?.controls.unavailable.map((item) => item.key)), [board.data?.controls.unavailable]);
  const unavailableRef = useRef(unavailable);
  useLayoutEffect(() => {
    latest.current = ops;
    closedDenial.current = t("board.closedDenial");
    meRef.current = me;
    unavailableRef.current = unavailable;
  });
  const setAvailability = useMutation(trpc.stores.setAvailability.mutationOptions({ onError: (error) => toast.error(refusal(error)) }));
  const actions = useMemo<CardActions>(
    () => ({
      accept: (order) => setDialog({ kind: "accept", orderId: order.id }),
      deny: (order) => setDialog({ kind: "deny", orderId: order.id }),
      cancel: (order) => setDialog({ kind: "cancel", orderId: order.id }),
      details: (order) => setDialog({ kind: "details", orderId: order.id }),
      advance: (order, to) => latest.current.advance(order, to),
      recall: (order) => latest.current.recall(order),
      acknowledge: (order) => latest.current.acknowledge(order),
      markPaid: (order) => latest.current.markPaid(order),
      notPickedUp: (order) => latest.current.notPickedUp(order),
      assignToMe: (order) => {
        if (meRef.current !== undefined) latest.current.assign(order, { assignee_id: meRef.current });
      },
      acknowledgeChanges: (order) => latest.current.acknowledgeChanges(order),
      setPacked: (order, itemId, packed) => latest.current.setPacked(order, itemId, packed),
      readyAnyway: (order) => latest.current.readyAnyway(order),
      print: (order) => setPrinting(order.id),
      denyClosed: (order) => latest.current.deny(order, { code: "STORE_CLOSED", message: closedDenial.current }),
      denyOutOfStock: (order) => latest.current.deny(order, { code: "ITEM_OUT_OF_STOCK", message: `86'd: ${outOfStock(order, unavailableRef.current) ?? ""}`.trim() }),
      acceptAndSubstitute: (order) => setDialog({ kind: "accept", orderId: order.id, substitute: outOfStockLines(order, unavailableRef.current)[0]?.id }),
    }),
    [],
  );

  const orders = useMemo(() => board.data?.orders ?? [], [board.data]);
  const [mineOnly, setMineOnly] = useState(false);
  const names = useMemo(() => ({ people: board.data?.people ?? [], groups: board.data?.groups ?? [] }), [board.data?.people, board.data?.groups]);
  const assignment = useCallback((order: BoardOrder) => ({ label: assignmentLabel(order, names), mine: isMine(order, me, names) }), [names, me]);
  const columns = useMemo(
    () =>
      BOARD_STATUSES.map((status) => ({
        status,
        orders: sortColumn(
          orders.filter((order) => order.status === status && (!mineOnly || isMine(order, me, names))),
          status,
          incomingOrder,
        ),
      })),
    [orders, incomingOrder, mineOnly, me, names],
  );
  const unseen = useMemo(() => orders.filter((order) => order.status === "incoming" && order.acknowledgedAt === null).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id), [orders]);
  const waitingForSomeone = unseen.length > 0;
  useEffect(() => {
    if (!waitingForSomeone) return;
    const timer = setInterval(chime, REMIND_MS);
    return () => clearInterval(timer);
  }, [waitingForSomeone]);

  if (!board.data) {
    if (refused) {
      return (
        <main className="p-8">
          <h1 className="text-2xl font-bold">{t("board.cannotOpen")}</h1>
          <p role="alert" className="mt-2">
            {board.error?.message}
          </p>
          <ButtonLink href="/" className="mt-4">
            {t("board.chooseStore")}
          </ButtonLink>
        </main>
      );
    }
    return (
      <p role="status" className="p-8 text-lg">
        {board.isError ? t("board.unreachable") : t("board.loading")}
      </p>
    );
  }

  const { store } = board.data;
  const canManage = can(session.data ?? null, "store.manage", store.id);
  // The dialog reads its order from the live cache, so it never acts on a stale copy.
  const dialogOrder = dialog && "orderId" in dialog ? orders.find((order) => order.id === dialog.orderId) : undefined;
  const { pause, busy, autoAcceptPlatforms, defaultPrepMinutes, hours } = board.data.controls;
  const overlayOrder = overlay ? orders.find((order) => order.id === overlay.orderId) : undefined;
  const printOrder = printing === null ? undefined : orders.find((order) => order.id === printing);
  const close = () => setDialog(null);
  const closeOverlay = () => setOverlay(null);
  const recent = orders
    .filter((order) => isFinished(order.status) && (order.finishedAt ?? 0) >= now - RECENT_WINDOW_MS)
    .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
  const scheduled = orders.filter((order) => order.status === "scheduled").sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0));
  const markReady = (order: BoardOrder) => {
    const unticked = order.status === "bagging" && order.items.some((item) => item.removedAt === null && item.packedAt === null);
    if (unticked) ops.readyAnyway(order);
    else ops.advance(order, "ready");
  };

  return (
    // On a phone the page scrolls down through the one column shown; on a tablet it never scrolls.
    <div className="flex h-dvh flex-col overflow-hidden max-sm:h-auto max-sm:min-h-dvh max-sm:overflow-visible">
      <AppHeader
        languages
        heading={
          <h1 className="mr-auto text-xl font-bold">
            {store.name}
            {!isOpenAt(hours, now, store.timezone) && <span className="ml-2 rounded-md border border-line px-2 py-0.5 text-sm">{t("board.closedNow")}</span>}
          </h1>
        }
      >
        {me !== undefined && (
          <button type="button" aria-pressed={mineOnly} onClick={() => setMineOnly((on) => !on)} className={`min-h-11 rounded-lg border px-3 font-semibold ${mineOnly ? "border-accent bg-accent text-accent-fg" : "border-line"}`}>
            {t("board.myOrders")}
          </button>
        )}
        <Button onClick={() => setDialog({ kind: "items" })}>
          {t("board.items86", { out: unavailable.size })}
        </Button>
        {!pause && (
          <Button onClick={() => setDialog({ kind: "pause" })}>
            {t("board.pause")}
          </Button>
        )}
        {!busy && (
          <Button onClick={() => setDialog({ kind: "busy" })}>
            {t("board.busy")}
          </Button>
        )}
        {canManage ? (
          <Button onClick={() => setDialog({ kind: "auto-accept" })}>
            {autoAcceptPlatforms.length > 0 ? t("board.autoAccept", { platforms: autoAcceptPlatforms.map((platform) => PLATFORM_LABELS[platform]).join(", ") }) : t("board.autoAcceptOff")}
          </Button>
        ) : (
          autoAcceptPlatforms.length > 0 && <span className="text-sm font-semibold">{t("board.autoAccept", { platforms: autoAcceptPlatforms.map((platform) => PLATFORM_LABELS[platform]).join(", ") })}</span>
        )}
        <ConnectionStatus connection={connection} />
        <StoreSwitcher storeId={store.id} />
        <InstallHint className="min-h-11 rounded-lg border border-line px-3 font-semibold" />
      </AppHeader>
      <DisconnectedBar connection={connection} timezone={store.timezone} />
      {pause && <PauseBanner pause={pause} timezone={store.timezone} onResume={() => setAvailability.mutate({ id: store.id, paused: false })} />}
      {busy && <BusyBanner busy={busy} timezone={store.timezone} onEnd={() => setAvailability.mutate({ id: store.id, busy_minutes: 0 })} />}
      <SoundBanner />
      <AlertRail
        orders={orders}
        status={platformStatus.data}
        issues={board.data.issues}
        gapNote={gapNote}
        now={now}
        timezone={store.timezone}
        canManage={canManage}
        onShowOrder={showCard}
        onAccept={actions.accept}
        onMarkReady={markReady}
        onDismissGap={dismissGapNote}
        notPickedUpMinutes={store.notPickedUpMinutes}
        onNotPickedUp={actions.notPickedUp}
      />
      <BoardColumns
        columns={columns.map(({ status, orders: shown }) => ({
          status,
          count: shown.length,
          content: (
            <BoardColumn
              key={status}
              status={status}
              orders={shown}
              actions={actions}
              states={ops.states}
              acceptDeadlines={platformStatus.data?.acceptDeadlines}
              linesOpen={LINES_OPEN[status]}
              sort={status === "incoming" ? incomingSort : undefined}
              assignment={assignment}
              unavailable={unavailable}
              hours={board.data.controls.hours}
              timezone={store.timezone}
            />
          ),
        }))}
      />
      <NewOrderSheet orders={unseen} onAccept={actions.accept} onShow={showCard} onLater={(order) => ops.acknowledge(order)} />
      <BoardDock
        panels={[
          {
            id: "scheduled",
            label: t("board.scheduledCount", { count: scheduled.length }),
            content: (
              <OrderStrip
                title={t("board.scheduled")}
                note={t("board.scheduledNote")}
                empty={t("board.scheduledEmpty")}
                orders={scheduled}
                actions={actions}
                states={ops.states}
                caption={(order) => t("board.scheduledCaption", { due: format.clock(order.dueAt ?? order.placedAt, store.timezone), wanted: format.clock(order.scheduledFor ?? order.placedAt, store.timezone) })}
              />
            ),
          },
          {
            id: "recent",
            label: t("board.recentCount", { count: recent.length }),
            content: <OrderStrip title={t("board.recent")} note={t("board.recentNote")} empty={t("board.recentEmpty")} orders={recent} actions={actions} states={ops.states} />,
          },
          { id: "all-day", label: t("board.allDay"), content: <AllDayPanel orders={orders} /> },
        ]}
      />
      <Toaster position="top-center" theme="system" closeButton toastOptions={{ className: "text-base" }} />
      {dialog?.kind === "accept" && dialogOrder && (
        <PrepTimeDialog
          title={t("board.acceptTitle", { code: dialogOrder.shortCode })}
          submitLabel={t("board.acceptSubmit")}
          initialMinutes={defaultPrepMinutes + (busy?.minutes ?? 0)}
          note={busy ? t("board.busyIncluded", { minutes: busy.minutes }) : undefined}
          onClose={close}
          onSubmit={(prepMinutes) => {
            ops.accept(dialogOrder, prepMinutes);
            const line = dialogOrder.items.find((item) => item.id === dialog.substitute);
            if (line) setOverlay({ kind: "cart", orderId: dialogOrder.id, edit: { mode: "substitute", item: line } });
            close();
          }}
        />
      )}
      {dialog?.kind === "pause" && (
        <PauseDialog
          onClose={close}
          onPause={(change) => {
            setAvailability.mutate({ id: store.id, paused: true, ...change });
            close();
          }}
        />
      )}
      {dialog?.kind === "busy" && (
        <BusyDialog
          onClose={close}
          onBusy={(change) => {
            setAvailability.mutate({ id: store.id, ...change });
            close();
          }}
        />
      )}
      {dialog?.kind === "auto-accept" && <AutoAcceptDialog storeId={store.id} onClose={close} />}
      {dialog?.kind === "items" && <ItemsDialog storeId={store.id} controls={board.data.controls} timezone={store.timezone} onClose={close} />}
      {(dialog?.kind === "deny" || dialog?.kind === "cancel") && dialogOrder && (
        <ReasonDialog
          order={dialogOrder}
          verb={dialog.kind}
          onClose={close}
          onConfirm={(reason) => {
            if (dialog.kind === "deny") ops.deny(dialogOrder, reason);
            else ops.cancel(dialogOrder, reason);
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
          assignment={{ ...names, onAssign: (change) => ops.assign(dialogOrder, change) }}
          canManage={canManage}
        />
      )}
      {overlay?.kind === "issue" && overlayOrder && (
        <ReportIssueDialog
          order={overlayOrder}
          onClose={closeOverlay}
          onReported={(message) => {
            toast.success(message);
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
            ops.changeCart(overlayOrder, [change], reason);
            closeOverlay();
          }}
        />
      )}
      {overlay?.kind === "prep" && overlayOrder && (
        <PrepTimeDialog
          title={t("board.prepTitle", { code: overlayOrder.shortCode })}
          submitLabel={t("board.prepSubmit")}
          initialMinutes={overlayOrder.prepMinutes ?? 15}
          onClose={closeOverlay}
          onSubmit={(prepMinutes) => {
            ops.setPrepTime(overlayOrder, prepMinutes);
            closeOverlay();
          }}
        />
      )}
      {printOrder && <PrintTicket order={printOrder} timezone={store.timezone} onDone={donePrinting} />}
    </div>
  );
}
