import type { ReactNode } from "react";
import { OrderCard, type CardActions } from "./order-card";
import type { BoardOrder } from "./types";
import type { ActionState } from "./use-order-actions";

type OrderStripProps = {
  title: string;
  note: string;
  empty: string;
  orders: BoardOrder[];
  actions: CardActions;
  states: Map<number, ActionState>;
  /** A line above each card, for what the strip is about (when a scheduled order comes in). */
  caption?: (order: BoardOrder) => ReactNode;
};

/** Orders kept off the columns, as cards in a grid: the ones just finished (a slip can be recalled), the ones scheduled for later. */
export function OrderStrip({ title, note, empty, orders, actions, states, caption }: OrderStripProps) {
  return (
    <section aria-label={title}>
      <h2 className="px-1 pb-2 text-lg font-bold">
        {title} <span className="text-sm font-normal text-muted">({note})</span>
      </h2>
      {orders.length === 0 ? (
        <p className="px-1 py-2 text-sm text-muted">{empty}</p>
      ) : (
        <div className="grid grid-cols-2 gap-2 lg:grid-cols-4">
          {orders.map((order) => (
            <div key={order.id}>
              {caption && <p className="px-1 pb-1 text-sm font-semibold">{caption(order)}</p>}
              <OrderCard order={order} actions={actions} action={states.get(order.id)} linesOpen={false} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
