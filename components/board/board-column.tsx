import { STATUS_LABELS, type OrderStatus } from "@/server/domain/order-status";
import type { Platform } from "@/server/domain/platforms";
import { OrderCard, type CardActions } from "./order-card";
import type { BoardOrder } from "./types";

type BoardColumnProps = {
  status: OrderStatus;
  orders: BoardOrder[];
  timezone: string;
  now: number;
  actions: CardActions;
  busyId: number | undefined;
  /** Seconds each platform waits for an answer, for the incoming column's escalation. */
  acceptDeadlines?: Record<Platform, number>;
};

export function BoardColumn({ status, orders, timezone, now, actions, busyId, acceptDeadlines }: BoardColumnProps) {
  const label = STATUS_LABELS[status];
  return (
    <section aria-label={label} className="flex min-w-0 flex-col rounded-2xl bg-panel p-2">
      <h2 className="flex items-center justify-between px-1 pb-2 text-lg font-bold">
        {label}
        <span className="rounded-full bg-card px-3 py-0.5 text-base" aria-label={`${orders.length} orders`}>
          {orders.length}
        </span>
      </h2>
      <div className="flex flex-col gap-2">
        {orders.length === 0 && <p className="px-1 py-4 text-center text-sm text-muted">No orders</p>}
        {orders.map((order) => (
          <OrderCard
            key={order.id}
            order={order}
            timezone={timezone}
            now={now}
            actions={actions}
            busy={order.id === busyId}
            acceptDeadlineSeconds={acceptDeadlines?.[order.platform]}
          />
        ))}
      </div>
    </section>
  );
}
