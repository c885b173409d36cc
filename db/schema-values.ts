/** The closed lists some text columns hold, shared by both engines' schemas. */

/**
 * How an order came in: a platform's own signed webhook, or our API (an integrator's token, a tablet).
 * Each keeps its own namespace of external ids, so no caller of the API can claim an id ahead of the
 * platform's delivery.
 */
export const ORDER_INTAKES = ["webhook", "api"] as const;

export const ACTOR_TYPES = ["employee", "api", "platform", "system", "customer"] as const;

export const EVENT_TYPES = [
  "created",
  "accepted",
  "denied",
  "advanced",
  "recalled",
  "cancelled",
  "acknowledged",
  "cart_changed",
  "changes_acknowledged",
  "prep_time_changed",
  "item_packed",
  "item_unpacked",
  "photo_added",
  "issue_reported",
  "issue_updated",
  "issue_commented",
  "issue_attachment_added",
  "courier_updated",
  "platform_updated",
  "details_changed",
  "paid",
  "assigned",
  "due",
  "customer_arrived",
  "handover_failed",
  "deleted",
  // A store's own events (no order): what its staff or the clock changed of its controls.
  "item_availability",
  "store_paused",
  "store_resumed",
  "busy_changed",
  "auto_accept_changed",
  "hours_changed",
] as const;

export const WEBHOOK_OUTCOMES = ["applied", "unchanged", "quarantined"] as const;

export const NOTIFICATION_STATES = ["pending", "sent", "dead"] as const;
