"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/ui/use-format";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { useOrderWords } from "./order-words";
import type { BoardOrder } from "./types";

type NewOrderSheetProps = {
  /** Incoming orders nobody has acted on yet, newest first: the one that just chimed is the one shown. */
  orders: BoardOrder[];
  onAccept: (order: BoardOrder) => void;
  onShow: (order: BoardOrder) => void;
  onLater: (order: BoardOrder) => void;
};

const button = "min-h-12 shrink-0 rounded-xl px-4 text-lg font-bold";

/**
 * A new order is announced across the bottom of the board, as delivery tablets do, until someone
 * accepts it or says Later (which acknowledges it on every tablet). Non-modal: the board stays usable,
 * and it never takes the focus from what someone is doing.
 */
export function NewOrderSheet({ orders, onAccept, onShow, onLater }: NewOrderSheetProps) {
  const t = useTranslations();
  const format = useFormat();
  const words = useOrderWords();
  const order = orders[0];
  if (!order) return null;
  const count = order.items.filter((item) => item.removedAt === null).reduce((sum, item) => sum + item.quantity, 0);
  return (
    <Dialog.Root open modal={false}>
      <Dialog.Content
        aria-describedby={undefined}
        onOpenAutoFocus={(event) => event.preventDefault()}
        onInteractOutside={(event) => event.preventDefault()}
        onEscapeKeyDown={(event) => event.preventDefault()}
        className="new-order-sheet shrink-0 border-t-4 border-accent bg-panel px-4 py-2 max-sm:sticky max-sm:bottom-0 max-sm:z-30"
      >
        <div className="flex items-center gap-3 max-sm:flex-wrap">
          <Dialog.Title className="min-w-0 flex-1 text-lg leading-tight font-black max-sm:basis-full">
            {t("newOrder.title", {
              code: order.shortCode,
              platform: PLATFORM_LABELS[order.platform],
              items: t("common.items", { count }),
              handover: words.handover(order),
              total: format.money(order.totalCents, order.currency),
            })}
            {orders.length > 1 && <span className="ml-2 text-base font-semibold">{t("newOrder.moreNew", { count: orders.length - 1 })}</span>}
          </Dialog.Title>
          <button type="button" className={`${button} bg-accent text-accent-fg`} onClick={() => onAccept(order)}>
            {t("newOrder.accept")}
          </button>
          <button type="button" className={`${button} border-2 border-line`} onClick={() => onShow(order)}>
            {t("newOrder.show")}
          </button>
          <button type="button" className={`${button} border-2 border-line`} onClick={() => onLater(order)}>
            {t("newOrder.later")}
          </button>
        </div>
      </Dialog.Content>
    </Dialog.Root>
  );
}
