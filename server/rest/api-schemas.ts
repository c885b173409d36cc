import { z } from "zod";
import { ZChannel } from "@/server/domain/channel";
import { ZCourierStatus, ZFulfillmentType } from "@/server/domain/fulfillment";
import { ZModifier } from "@/server/domain/new-order";
import { ZIssuePriority, ZIssueStatus, ZIssueType } from "@/server/domain/order-issue";
import { ZOrderStatus } from "@/server/domain/order-status";
import { ZPaymentMethod } from "@/server/domain/payment";
import { ZHandoverOutcome } from "@/server/domain/handover";
import { ZPlatform } from "@/server/domain/platforms";
import { ZReasonCode } from "@/server/domain/reason-codes";
import { ZAutoAccept, ZBusyAuto, ZHeartbeat, ZOpeningHours } from "@/server/domain/store-controls";

// What the API answers: the procedures' output schemas, so the mappers are typed by them and the
// OpenAPI document is generated from them. Each `id` is the schema's name in the document.

const time = z.iso.datetime();
const cents = z.int().nonnegative();
const optional = <T extends z.ZodType>(schema: T) => schema.nullable();
const nextCursor = optional(z.string()).describe("Send it back as `cursor` for the next page; null on the last page");

export const ZApiItem = z
  .object({
    id: z.int(),
    external_id: optional(z.string()),
    name: z.string(),
    quantity: z.int(),
    unit_price_cents: cents,
    modifiers: z.array(ZModifier),
    special_instructions: optional(z.string()),
    removed_at: optional(time).describe("Set on a line taken off the order; the line stays, struck through"),
    added_at: optional(time).describe("Set on a line added after the order came in"),
    replaces_item_id: optional(z.int()).describe("On a substitute: the line it replaced"),
    packed_at: optional(time),
  })
  .meta({ id: "Item" });
export type ApiItem = z.infer<typeof ZApiItem>;

export const ZApiOrder = z
  .object({
    id: z.int(),
    platform: ZPlatform,
    external_id: z.string(),
    short_code: z.string(),
    store_id: z.string(),
    status: ZOrderStatus,
    version: z.int().describe("Send it back with a change: a stale one is refused with 409"),
    customer: z.object({ first_name: z.string(), last_name: z.string(), phone: optional(z.string()), email: optional(z.string()) }),
    fulfillment: z.object({
      type: ZFulfillmentType,
      address: optional(z.string()),
      vehicle: optional(z.string()),
      table: optional(z.string()),
      courier_status: optional(ZCourierStatus),
      courier: optional(z.object({ name: optional(z.string()), phone: optional(z.string()) })).describe("Who carries the order, once the platform says"),
    }),
    items: z.array(ZApiItem),
    special_instructions: optional(z.string()),
    money: z.object({
      currency: z.string(),
      subtotal_cents: cents,
      tax_cents: cents,
      tip_cents: cents,
      fees_cents: cents,
      discount_cents: cents,
      total_cents: cents,
    }),
    payment: z.object({
      method: ZPaymentMethod,
      paid: z.boolean().describe("false: the store collects the total at the handover (drive-thru)"),
      cash_tendered_cents: optional(cents),
    }),
    channel: ZChannel.describe("Where the customer placed the order"),
    assignee_id: optional(z.int()).describe("The employee on the order"),
    group_id: optional(z.int()).describe("The staff group on the order"),
    assigned_at: optional(time),
    customer_id: optional(z.int()).describe("The store's record of the customer (`GET /api/v1/customers/{id}`)"),
    tracking_path: optional(z.string()).describe("The customer's own status page, on this server: send it to them; it shows this order only"),
    customer_arrived_at: optional(time).describe("A pickup or curbside customer said they are here"),
    arrival_note: optional(z.string()).describe("Where they wait: parking spot or car"),
    scheduled_for: optional(time).describe("Placed for later: when the customer wants it"),
    due_at: optional(time).describe("Placed for later: when it comes in (status `scheduled` until then), counting its accept deadline and urgency from then"),
    reason: optional(z.object({ code: ZReasonCode, message: optional(z.string()) })),
    outcome: optional(ZHandoverOutcome).describe("Set on a `failed` order: how its handover ended (the reason is in `handover_failure_reason`)"),
    handover_failure_reason: optional(z.string()),
    unacknowledged_changes: z.array(z.object({ at: time, by: z.string(), reason: z.string(), changes: z.array(z.string()) })),
    placed_at: time,
    estimated_pickup_at: optional(time),
    accepted_at: optional(time),
    prep_minutes: optional(z.int()),
    ready_by: optional(time),
    ready_at: optional(time),
    finished_at: optional(time),
    created_at: time,
    updated_at: time,
  })
  .meta({ id: "Order" });
export type ApiOrder = z.infer<typeof ZApiOrder>;

export const ZApiIssue = z
  .object({
    id: z.int(),
    order_id: z.int(),
    order: z.object({ short_code: z.string(), platform: ZPlatform, customer: z.object({ first_name: z.string(), last_name: z.string() }) }),
    store_id: z.string(),
    type: ZIssueType,
    priority: ZIssuePriority,
    status: ZIssueStatus,
    description: z.string(),
    affected_items: z.array(z.object({ item_id: z.int(), name: z.string(), quantity: z.int() })),
    refund_cents: optional(cents),
    currency: z.string(),
    resolution_note: optional(z.string()),
    assignee_id: optional(z.int()),
    reported_by: z.string(),
    version: z.int(),
    created_at: time,
    updated_at: time,
  })
  .meta({ id: "Issue" });
export type ApiIssue = z.infer<typeof ZApiIssue>;

export const ZApiIssueDetail = ZApiIssue.extend({
  attachments: z.array(z.object({ id: z.int(), file_name: z.string(), mime_type: z.string(), size_bytes: z.int(), created_by: z.string() })),
  log: z.array(z.object({ id: z.int(), type: z.string(), by: z.string(), summary: optional(z.string()), comment: optional(z.string()), at: time })),
}).meta({ id: "IssueDetail" });

export const ZApiMenuItem = z
  .object({
    id: z.int(),
    store_id: z.string(),
    name: z.string(),
    category: optional(z.string()),
    price_cents: z.int(),
    platform_ids: z.partialRecord(ZPlatform, z.string()).describe("Each platform's id of this dish, as its orders carry it"),
    available: z.boolean(),
    unavailable_until: optional(time),
    stock: optional(z.int()).describe("Portions left; null: not counted"),
    updated_at: time,
  })
  .meta({ id: "MenuItem" });

export const ZApiAvailability = z
  .object({
    paused: z.boolean().describe("Whether the store takes no new orders now, on the platforms named"),
    platforms: optional(z.array(ZPlatform)).describe("The platforms it is paused on; null: every one (or not paused)"),
    reason: optional(z.string()),
    until: optional(time).describe("When the pause ends by itself; null: until resumed (or not paused)"),
    busy_minutes: z.int().describe("Busy mode's extra minutes on every quote; 0: not busy"),
    busy_until: optional(time).describe("When busy mode ends by itself; null: until turned off (or not busy)"),
  })
  .meta({ id: "StoreAvailability" });

export const ZApiAutoAccept = ZAutoAccept.meta({ id: "AutoAccept" });
export const ZApiHeartbeat = ZHeartbeat.meta({ id: "Heartbeat" });
export const ZApiBusyAuto = ZBusyAuto.meta({ id: "BusyAuto" });
export const ZApiHours = z.object({ hours: ZOpeningHours.nullable() }).meta({ id: "OpeningHours" });

export const ZApiCustomer = z
  .object({
    id: z.int(),
    store_id: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    phone: optional(z.string()),
    email: optional(z.string()),
    notes: z.string().describe("What the store keeps about the customer: allergies, preferences"),
    order_count: z.int(),
    first_order_at: time,
    last_order_at: time,
  })
  .meta({ id: "Customer" });

export const ZApiStore = z
  .object({
    id: z.string(),
    name: z.string(),
    timezone: z.string().describe("IANA time zone: the one the store's staff read times in"),
    schedule: z
      .object({ prep_minutes: z.int(), buffer_minutes: z.int() })
      .describe("An order placed for later (`scheduled_for`) comes in this many minutes of prep plus buffer before its time"),
  })
  .meta({ id: "Store" });

// The answers: each wraps what it carries in a named field, so an answer can grow without breaking a client.
export const ZOrderAnswer = z.object({ order: ZApiOrder });
export const ZIssueAnswer = z.object({ issue: ZApiIssue });
export const ZOrderPage = z.object({ orders: z.array(ZApiOrder), next_cursor: nextCursor });
export const ZIssuePage = z.object({ issues: z.array(ZApiIssue), next_cursor: nextCursor });
export const ZOrderCounts = z.object({
  by_status: z.record(ZOrderStatus, z.int()),
  active: z.int().describe("On the board: incoming, accepted, bagging and ready"),
  finished: z.int().describe("Picked up, completed, cancelled and denied"),
  total: z.int(),
});
export const ZOrderTotals = z.object({
  count: z.int().describe("Orders matching the filters"),
  totals: z.array(z.object({ currency: z.string(), total_cents: z.int() })).describe("What they came to, per currency (integer cents)"),
});
export const ZDeleted = z.object({ id: z.int(), object: z.literal("order"), deleted: z.literal(true) });
export const ZDeletion = z.object({
  deletion: z.object({
    order: ZApiOrder,
    deleted_at: time,
    deleted_by: z.object({ type: z.string(), name: z.string() }),
  }),
});
