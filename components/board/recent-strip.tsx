import { OrderCard, type CardActions } from "./order-card";
import type { BoardOrder } from "./types";
import type { ActionState } from "./use-order-actions";

type RecentStripProps = { orders: BoardOrder[]; actions: CardActions; states: Map<number, ActionState> };

/** Orders that left the board in the last 30 minutes, newest first, so a slip can be recalled. */
export function RecentStrip({ orders, actions, states }: RecentStripProps) {
  return (
    <section aria-label="Recently finished">
      <h2 className="px-1 pb-2 text-lg font-bold">
        Recently finished <span className="text-sm font-normal text-muted">(last 30 minutes)</span>
      </h2>
      {orders.length === 0 ? (
        <p className="px-1 py-2 text-sm text-muted">Nothing finished in the last 30 minutes</p>
      ) : (
        <div className="grid grid-cols-2 gap-2 lg:grid-cols-4">
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} actions={actions} action={states.get(order.id)} linesOpen={false} />
          ))}
        </div>
      )}
    </section>
  );
}
