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
  cart_changed: "Cart changed",
  changes_acknowledged: "Changes acknowledged",
  prep_time_changed: "Prep time changed",
  item_packed: "Packed",
  item_unpacked: "Unpacked",
  photo_added: "Bag photo added",
  issue_reported: "Issue reported",
  issue_updated: "Issue updated",
  issue_commented: "Issue comment",
  issue_attachment_added: "Issue attachment added",
  courier_updated: "Courier",
  platform_updated: "Changed by the platform",
  details_changed: "Details changed",
  paid: "Marked paid",
  assigned: "Assigned",
  due: "Due: came in",
  customer_arrived: "Customer here",
  handover_failed: "Handover failed",
  item_availability: "Item 86'd or back on",
  store_paused: "Store paused",
  store_resumed: "Store resumed",
  busy_changed: "Busy mode changed",
  auto_accept_changed: "Auto-accept changed",
  hours_changed: "Opening hours changed",
  deleted: "Deleted",
};

/** One line of an order's timeline: what happened, from/to, and why. */
export function describeEvent(event: OrderEventItem): { title: string; detail: string | null } {
  const parts: string[] = [];
  if (event.fromStatus && event.toStatus) parts.push(`${STATUS_LABELS[event.fromStatus]} → ${STATUS_LABELS[event.toStatus]}`);
  const prep = event.data?.prepMinutes;
  if (typeof prep === "number") parts.push(`prep ${prep} min`);
  if (event.reasonCode) parts.push(REASON_LABELS[event.reasonCode]);
  if (Array.isArray(event.data?.changes)) parts.push(...(event.data.changes as string[]));
  if (typeof event.data?.summary === "string") parts.push(event.data.summary);
  if (typeof event.data?.item === "string") parts.push(event.data.item);
  if (event.data?.readyAnyway === true) parts.push(`Ready anyway, unticked: ${(event.data.unticked as string[]).join(", ")}`);
  if (typeof event.data?.reason === "string") parts.push(event.data.reason);
  if (event.message) parts.push(`“${event.message}”`);
  return { title: TITLES[event.type], detail: parts.length ? parts.join(" · ") : null };
}
