import { memo } from "react";
import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/server/domain/order-status";
import type { Platform } from "@/server/domain/platforms";
import type { IncomingOrder } from "./column-order";
import { IncomingOrderToggle } from "./incoming-order";
import { outOfStock } from "./out-of-stock";
import { isOpenAt, type OpeningHours } from "@/server/domain/store-controls";
import { OrderCard, type CardActions } from "./order-card";
import type { BoardOrder } from "./types";
import type { ActionState } from "./use-order-actions";

type BoardColumnProps = {
  status: OrderStatus;
  /** In the order they are shown. */
  orders: BoardOrder[];
  actions: CardActions;
  states: Map<number, ActionState>;
  /** Seconds each platform waits for an answer, for the incoming column's badges. */
  acceptDeadlines?: Record<Platform, number>;
  /** Whether cards show their lines before anyone opens them. */
  linesOpen: boolean;
  /** The incoming column's order, and how to change it. */
  sort?: { value: IncomingOrder; onChange: (order: IncomingOrder) => void };
  /** Each order's assignment as its card names it, and whether it is the signed-in person's. */
  assignment: (order: BoardOrder) => { label?: string; mine: boolean };
  /** The store's 86'd items by menu key: incoming orders naming one are flagged before anyone accepts them. */
  unavailable: ReadonlySet<string>;
  /** The store's opening hours and zone: an incoming order that came in while it was closed is flagged. */
  hours: OpeningHours | null;
  timezone: string;
};

/** One column: its name and count stay in view while its own list scrolls; the page itself never does. */
export const BoardColumn = memo(function BoardColumn({ status, orders, actions, states, acceptDeadlines, linesOpen, sort, assignment, unavailable, hours, timezone }: BoardColumnProps) {
  const t = useTranslations();
  const label = t(`labels.status.${status}`);
  return (
    <section aria-label={label} className="flex min-h-0 min-w-0 flex-col rounded-2xl bg-panel">
      <h2 className="flex shrink-0 items-center gap-2 px-3 py-2 text-lg font-bold">
        <span className="mr-auto">{label}</span>
        {sort && <IncomingOrderToggle value={sort.value} onChange={sort.onChange} />}
        <span className="rounded-full bg-card px-3 py-0.5 text-base" aria-label={t("common.orders", { count: orders.length })}>
          {orders.length}
        </span>
      </h2>
      <div className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto overscroll-contain px-2 pb-2" role="list" aria-label={t("board.columnOrders", { status: label })}>
        {orders.length === 0 && <p className="px-1 py-4 text-center text-sm text-muted">{t("board.noOrders")}</p>}
        {orders.map((order) => {
          const { label, mine } = assignment(order);
          return (
            <div role="listitem" key={order.id}>
              <OrderCard
                order={order}
                actions={actions}
                action={states.get(order.id)}
                acceptDeadlineSeconds={acceptDeadlines?.[order.platform]}
                linesOpen={linesOpen}
                assignedTo={label}
                assignedToMe={mine}
                outOfStock={order.status === "incoming" ? outOfStock(order, unavailable) : undefined}
                cameInClosed={order.status === "incoming" && !isOpenAt(hours, order.createdAt, timezone)}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
});
