/**
 * The PostgreSQL tables: the same tables, columns, keys and indexes as `sqlite-schema.ts` (where they
 * are explained), in PostgreSQL's types; `schema-parity.test.ts` keeps the two in step.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { PLATFORMS, type Platform } from "@/server/domain/platforms";
import { CHANNELS } from "@/server/domain/channel";
import { PAYMENT_METHODS } from "@/server/domain/payment";
import { HANDOVER_OUTCOMES } from "@/server/domain/handover";
import { COURIER_STATUSES, FULFILLMENT_TYPES } from "@/server/domain/fulfillment";
import { ORDER_STATUSES } from "@/server/domain/order-status";
import { LOCALES } from "@/server/domain/locale";
import { REASON_CODES } from "@/server/domain/reason-codes";
import type { Modifier } from "@/server/domain/new-order";
import type { PlatformItemIds } from "@/server/domain/menu";
import type { OpeningHours } from "@/server/domain/store-controls";
import type { HeadlineTargets } from "@/server/domain/headline";
import type { CartChangeNote } from "@/server/domain/cart";
import { ISSUE_PRIORITIES, ISSUE_STATUSES, ISSUE_TYPES, type AffectedItem } from "@/server/domain/order-issue";
import { ROLES, type Ability } from "@/server/domain/access";
import type { SniffedType } from "@/server/domain/file-type";
import { ACTOR_TYPES, EVENT_TYPES, NOTIFICATION_STATES, ORDER_INTAKES, WEBHOOK_OUTCOMES } from "./schema-values";
const epochMs = (name: string) => bigint(name, { mode: "number" });
const storeRef = () =>
  text("store_id")
    .notNull()
    .references(() => stores.id);
const optionalOrderRef = () => integer("order_id").references(() => orders.id, { onDelete: "cascade" });
const orderRef = () => optionalOrderRef().notNull();

export const stores = pgTable("stores", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  timezone: text("timezone").notNull(),
  schedulePrepMinutes: integer("schedule_prep_minutes").notNull().default(15),
  scheduleBufferMinutes: integer("schedule_buffer_minutes").notNull().default(5),
  notPickedUpMinutes: integer("not_picked_up_minutes").notNull().default(30),
  paused: boolean("paused").notNull().default(false),
  pausePlatforms: jsonb("pause_platforms").$type<Platform[]>(),
  pauseReason: text("pause_reason"),
  pauseUntil: epochMs("pause_until"),
  pausedByHeartbeat: boolean("paused_by_heartbeat").notNull().default(false),
  heartbeatMinutes: integer("heartbeat_minutes").notNull().default(5),
  alertUrl: text("alert_url"),
  openingHours: jsonb("opening_hours").$type<OpeningHours>(),
  headlineTargets: jsonb("headline_targets").$type<HeadlineTargets>(),
  busyMinutes: integer("busy_minutes").notNull().default(0),
  busyUntil: epochMs("busy_until"),
  busyAuto: boolean("busy_auto").notNull().default(false),
  busyAutoMax: integer("busy_auto_max").notNull().default(30),
  busyAutoChangedAt: epochMs("busy_auto_changed_at"),
  defaultPrepMinutes: integer("default_prep_minutes").notNull().default(15),
  autoAcceptPlatforms: jsonb("auto_accept_platforms").$type<Platform[]>().notNull().default([]),
  autoAcceptMaxItems: integer("auto_accept_max_items"),
  autoAcceptMaxCents: integer("auto_accept_max_cents"),
  createdAt: epochMs("created_at").notNull(),
});


export const orders = pgTable(
  "orders",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    storeId: storeRef(),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    externalId: text("external_id").notNull(),
    intake: text("intake", { enum: ORDER_INTAKES }).notNull().default("api"),
    shortCode: text("short_code").notNull(),
    status: text("status", { enum: ORDER_STATUSES }).notNull(),
    fulfillmentType: text("fulfillment_type", { enum: FULFILLMENT_TYPES }).notNull(),
    deliveryAddress: text("delivery_address"),
    vehicle: text("vehicle"),
    tableNumber: text("table_number"),
    customerFirstName: text("customer_first_name").notNull(),
    customerLastName: text("customer_last_name").notNull(),
    customerPhone: text("customer_phone"),
    customerEmail: text("customer_email"),
    specialInstructions: text("special_instructions"),
    currency: text("currency").notNull(),
    subtotalCents: integer("subtotal_cents").notNull(),
    taxCents: integer("tax_cents").notNull(),
    tipCents: integer("tip_cents").notNull(),
    feesCents: integer("fees_cents").notNull(),
    discountCents: integer("discount_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    taxBaseSubtotalCents: integer("tax_base_subtotal_cents").notNull().default(0),
    taxBaseCents: integer("tax_base_cents").notNull().default(0),
    paymentMethod: text("payment_method", { enum: PAYMENT_METHODS }).notNull().default("platform"),
    paid: boolean("paid").notNull().default(true),
    cashTenderedCents: integer("cash_tendered_cents"),
    channel: text("channel", { enum: CHANNELS }).notNull().default("platform_app"),
    assigneeId: integer("assignee_id").references(() => employees.id, { onDelete: "set null" }),
    groupId: integer("group_id").references(() => staffGroups.id, { onDelete: "set null" }),
    assignedAt: epochMs("assigned_at"),
    scheduledFor: epochMs("scheduled_for"),
    dueAt: epochMs("due_at"),
    customerId: integer("customer_id").references(() => customers.id, { onDelete: "set null" }),
    trackingToken: text("tracking_token"),
    customerArrivedAt: epochMs("customer_arrived_at"),
    arrivalNote: text("arrival_note"),
    unacknowledgedChanges: jsonb("unacknowledged_changes").$type<CartChangeNote[]>().notNull().default([]),
    placedAt: epochMs("placed_at").notNull(),
    estimatedPickupAt: epochMs("estimated_pickup_at"),
    acceptedAt: epochMs("accepted_at"),
    prepMinutes: integer("prep_minutes"),
    autoAccepted: boolean("auto_accepted").notNull().default(false),
    readyBy: epochMs("ready_by"),
    readyAt: epochMs("ready_at"),
    finishedAt: epochMs("finished_at"),
    acknowledgedAt: epochMs("acknowledged_at"),
    courierStatus: text("courier_status", { enum: COURIER_STATUSES }),
    courierName: text("courier_name"),
    courierPhone: text("courier_phone"),
    reasonCode: text("reason_code", { enum: REASON_CODES }),
    reasonMessage: text("reason_message"),
    outcome: text("outcome", { enum: HANDOVER_OUTCOMES }),
    version: integer("version").notNull().default(1),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
    deletedAt: epochMs("deleted_at"),
  },
  (t) => [
    uniqueIndex("orders_identity").on(t.platform, t.storeId, t.externalId, t.intake),
    index("orders_store_status_placed").on(t.storeId, t.status, t.placedAt),
    index("orders_store_placed").on(t.storeId, t.placedAt, t.id),
    index("orders_store_platform_status_placed").on(t.storeId, t.platform, t.status, t.placedAt, t.id),
    index("orders_placed").on(t.placedAt, t.id),
    index("orders_store_finished").on(t.storeId, t.finishedAt),
    index("orders_assignee").on(t.assigneeId),
    index("orders_group").on(t.groupId),
    index("orders_status_due").on(t.status, t.dueAt),
    index("orders_customer").on(t.customerId, t.placedAt),
    uniqueIndex("orders_tracking_token").on(t.trackingToken),
    check("orders_money_non_negative", sql`${t.subtotalCents} >= 0 AND ${t.totalCents} >= 0`),
  ],
);

export const customers = pgTable(
  "customers",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    storeId: storeRef(),
    platform: text("platform", { enum: PLATFORMS }),
    externalId: text("external_id"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    phone: text("phone"),
    email: text("email"),
    notes: text("notes").notNull().default(""),
    orderCount: integer("order_count").notNull().default(0),
    firstOrderAt: epochMs("first_order_at").notNull(),
    lastOrderAt: epochMs("last_order_at").notNull(),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("customers_platform_id").on(t.storeId, t.platform, t.externalId),
    index("customers_phone").on(t.storeId, t.phone),
    index("customers_email").on(t.storeId, t.email),
  ],
);

export const menuItems = pgTable(
  "menu_items",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    storeId: storeRef(),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
    category: text("category"),
    priceCents: integer("price_cents").notNull(),
    platformIds: jsonb("platform_ids").$type<PlatformItemIds>().notNull(),
    available: boolean("available").notNull().default(true),
    unavailableUntil: epochMs("unavailable_until"),
    stock: integer("stock"),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [uniqueIndex("menu_items_store_name").on(t.storeId, t.nameKey)],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    orderId: orderRef(),
    position: integer("position").notNull(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    modifiers: jsonb("modifiers").$type<Modifier[]>().notNull(),
    specialInstructions: text("special_instructions"),
    removedAt: epochMs("removed_at"),
    addedAt: epochMs("added_at"),
    replacesItemId: integer("replaces_item_id"),
    packedAt: epochMs("packed_at"),
  },
  (t) => [index("order_items_order").on(t.orderId, t.position)],
);
export const orderPhotos = pgTable(
  "order_photos",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    orderId: orderRef(),
    kind: text("kind", { enum: ["bag"] }).notNull(),
    sha256: text("sha256").notNull(),
    mimeType: text("mime_type").$type<SniffedType>().notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [index("order_photos_order").on(t.orderId)],
);

export const orderIssues = pgTable(
  "order_issues",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    orderId: orderRef(),
    storeId: storeRef(),
    type: text("type", { enum: ISSUE_TYPES }).notNull(),
    priority: text("priority", { enum: ISSUE_PRIORITIES }).notNull(),
    status: text("status", { enum: ISSUE_STATUSES }).notNull(),
    description: text("description").notNull(),
    affectedItems: jsonb("affected_items").$type<AffectedItem[]>().notNull(),
    refundCents: integer("refund_cents"),
    currency: text("currency").notNull(),
    resolutionNote: text("resolution_note"),
    assigneeId: integer("assignee_id").references(() => employees.id),
    reportedBy: text("reported_by").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [index("order_issues_store_status").on(t.storeId, t.status), index("order_issues_order").on(t.orderId), index("order_issues_created").on(t.createdAt, t.id)],
);

export const issueAttachments = pgTable(
  "issue_attachments",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    issueId: integer("issue_id")
      .notNull()
      .references(() => orderIssues.id, { onDelete: "cascade" }),
    sha256: text("sha256").notNull(),
    mimeType: text("mime_type").$type<SniffedType>().notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    fileName: text("file_name").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [index("issue_attachments_issue").on(t.issueId)],
);
export const orderEvents = pgTable(
  "order_events",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    orderId: optionalOrderRef(),
    storeId: storeRef(),
    type: text("type", { enum: EVENT_TYPES }).notNull(),
    fromStatus: text("from_status", { enum: ORDER_STATUSES }),
    toStatus: text("to_status", { enum: ORDER_STATUSES }),
    actorType: text("actor_type", { enum: ACTOR_TYPES }).notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    reasonCode: text("reason_code", { enum: REASON_CODES }),
    message: text("message"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    issueId: integer("issue_id"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [
    index("order_events_store").on(t.storeId, t.id),
    index("order_events_store_created").on(t.storeId, t.createdAt),
    index("order_events_order").on(t.orderId, t.id),
    index("order_events_issue").on(t.issueId, t.id),
  ],
);

export const employees = pgTable("employees", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  active: boolean("active").notNull().default(true),
  pinHash: text("pin_hash").notNull(),
  locale: text("locale", { enum: LOCALES }),
  createdAt: epochMs("created_at").notNull(),
  updatedAt: epochMs("updated_at").notNull(),
});
export const boardPresence = pgTable(
  "board_presence",
  {
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    instanceId: text("instance_id").notNull(),
    seenAt: epochMs("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.instanceId] })],
);

export const employeeStores = pgTable(
  "employee_stores",
  {
    employeeId: integer("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.storeId] }), index("employee_stores_store").on(t.storeId)],
);
export const staffGroups = pgTable(
  "staff_groups",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [uniqueIndex("staff_groups_store_name").on(t.storeId, t.name)],
);

export const staffGroupMembers = pgTable(
  "staff_group_members",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => staffGroups.id, { onDelete: "cascade" }),
    employeeId: integer("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.employeeId] }), index("staff_group_members_employee").on(t.employeeId)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    employeeId: integer("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    createdAt: epochMs("created_at").notNull(),
    lastSeenAt: epochMs("last_seen_at").notNull(),
  },
  (t) => [index("sessions_employee").on(t.employeeId)],
);
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lockedUntil: epochMs("locked_until").notNull(),
  updatedAt: epochMs("updated_at").notNull(),
});
export const knownTablets = pgTable("known_tablets", {
  id: text("id").primaryKey(),
  firstSignInAt: epochMs("first_sign_in_at").notNull(),
  lastSignInAt: epochMs("last_sign_in_at").notNull(),
});

export const apiTokens = pgTable("api_tokens", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  name: text("name").notNull(),
  secretHash: text("secret_hash").notNull().unique(),
  prefix: text("prefix").notNull(),
  abilities: jsonb("abilities").$type<Ability[]>().notNull(),
  storeId: text("store_id").references(() => stores.id),
  createdBy: text("created_by").notNull(),
  createdAt: epochMs("created_at").notNull(),
  lastUsedAt: epochMs("last_used_at"),
  revokedAt: epochMs("revoked_at"),
});
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tokenId: integer("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    body: text("body"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index("idempotency_keys_created").on(t.createdAt)],
);
export const platformConnections = pgTable(
  "platform_connections",
  {
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    enabled: boolean("enabled").notNull().default(true),
    endpointUrl: text("endpoint_url"),
    signingSecrets: jsonb("signing_secrets").$type<string[]>().notNull().default([]),
    acceptDeadlineSeconds: integer("accept_deadline_seconds").notNull(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.platform] })],
);
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    webhookId: text("webhook_id").notNull(),
    storeId: storeRef(),
    kind: text("kind"),
    outcome: text("outcome", { enum: WEBHOOK_OUTCOMES }).notNull(),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
    detail: text("detail"),
    receivedAt: epochMs("received_at").notNull(),
  },
  (t) => [uniqueIndex("webhook_deliveries_webhook_id").on(t.platform, t.webhookId), index("webhook_deliveries_order").on(t.orderId)],
);
export const quarantinedDeliveries = pgTable(
  "quarantined_deliveries",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    webhookId: text("webhook_id").notNull(),
    storeId: storeRef(),
    reason: text("reason").notNull(),
    body: text("body").notNull(),
    receivedAt: epochMs("received_at").notNull(),
    dismissedAt: epochMs("dismissed_at"),
    dismissedBy: text("dismissed_by"),
  },
  (t) => [index("quarantined_deliveries_store").on(t.storeId, t.dismissedAt)],
);
export const platformNotifications = pgTable(
  "platform_notifications",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    orderId: optionalOrderRef(),
    storeId: storeRef(),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    eventId: integer("event_id").notNull(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    state: text("state", { enum: NOTIFICATION_STATES }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: epochMs("next_attempt_at").notNull(),
    giveUpAt: epochMs("give_up_at").notNull(),
    firstFailedAt: epochMs("first_failed_at"),
    lastError: text("last_error"),
    lastStatusCode: integer("last_status_code"),
    createdAt: epochMs("created_at").notNull(),
    sentAt: epochMs("sent_at"),
  },
  (t) => [
    index("platform_notifications_due").on(t.state, t.nextAttemptAt),
    index("platform_notifications_order").on(t.orderId, t.id),
    index("platform_notifications_store").on(t.storeId, t.state),
  ],
);
export const notificationAttempts = pgTable(
  "notification_attempts",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    notificationId: integer("notification_id")
      .notNull()
      .references(() => platformNotifications.id, { onDelete: "cascade" }),
    attemptedAt: epochMs("attempted_at").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [index("notification_attempts_notification").on(t.notificationId, t.id)],
);

