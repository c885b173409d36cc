import { describeModifier, type ModifierPhrase } from "./modifiers";
import type { Modifier } from "./new-order";
import type { OrderStatus } from "./order-status";

/** The statuses whose food is still to be made or packed. */
const IN_THE_KITCHEN: readonly OrderStatus[] = ["accepted", "bagging"];

type Line = { name: string; quantity: number; modifiers: Modifier[]; removedAt: number | null };
export type AllDayCount = { name: string; total: number; variants: { modifiers: string; quantity: number }[] };

/**
 * The kitchen's all-day: how many of each item the accepted and bagging orders still need, with
 * each way of making it ("No onion · Extra cheese") counted apart. Most needed first.
 */
export function allDayCounts(orders: { status: OrderStatus; items: Line[] }[], say?: ModifierPhrase): AllDayCount[] {
  const byName = new Map<string, Map<string, number>>();
  for (const order of orders) {
    if (!IN_THE_KITCHEN.includes(order.status)) continue;
    for (const line of order.items) {
      if (line.removedAt !== null) continue;
      const variants = byName.get(line.name) ?? new Map<string, number>();
      const modifiers = line.modifiers.map((modifier) => describeModifier(modifier, say)).sort().join(" · ");
      variants.set(modifiers, (variants.get(modifiers) ?? 0) + line.quantity);
      byName.set(line.name, variants);
    }
  }
  return [...byName]
    .map(([name, variants]) => ({
      name,
      total: [...variants.values()].reduce((sum, n) => sum + n, 0),
      variants: [...variants].map(([modifiers, quantity]) => ({ modifiers, quantity })).sort((a, b) => b.quantity - a.quantity || a.modifiers.localeCompare(b.modifiers)),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
