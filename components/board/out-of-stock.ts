import { menuKey } from "@/server/domain/menu";
import type { BoardOrder } from "./types";

/** The lines of an order naming an item the store has 86'd. */
export function outOfStockLines(order: Pick<BoardOrder, "items">, unavailable: ReadonlySet<string>) {
  return order.items.filter((item) => item.removedAt === null && unavailable.has(menuKey(item.name)));
}

/** Their names as one string (stable for memoized cards); undefined when there are none. */
export function outOfStock(order: Pick<BoardOrder, "items">, unavailable: ReadonlySet<string>): string | undefined {
  const names = [...new Set(outOfStockLines(order, unavailable).map((item) => item.name))];
  return names.length > 0 ? names.join(", ") : undefined;
}
