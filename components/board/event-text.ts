import { REASON_LABELS } from "@/server/domain/reason-codes";
import { STATUS_LABELS } from "@/server/domain/order-status";
import type { OrderEventItem } from "./types";

const TITLES: Record<OrderEventItem["type"], string> = {
  created: "Order received",
  accepted: "Accepted",
  denied: "Denied",
  advanced: "Moved",
  recalled: "Recalled",
  cancelled: "Cancelled",
  acknowledged: "Acknowledged",
};

/** One line of an order's timeline: what happened, from/to, and why. */
export function describeEvent(event: OrderEventItem): { title: string; detail: string | null } {
  const parts: string[] = [];
  if (event.fromStatus && event.toStatus) parts.push(`${STATUS_LABELS[event.fromStatus]} → ${STATUS_LABELS[event.toStatus]}`);
  const prep = event.data?.prepMinutes;
  if (typeof prep === "number") parts.push(`prep ${prep} min`);
  if (event.reasonCode) parts.push(REASON_LABELS[event.reasonCode]);
  if (event.message) parts.push(`“${event.message}”`);
  return { title: TITLES[event.type], detail: parts.length ? parts.join(" · ") : null };
}
