import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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

export * from "./schema-values";

/** Every time column holds epoch milliseconds in UTC; the store's time zone is applied only on display. */
const epochMs = (name: string) => integer(name);

/** The store a row belongs to; removing a store is refused while it has orders. */
const storeRef = () =>
  text("store_id")
    .notNull()
    .references(() => stores.id);
/** The order a row is part of, gone with the order. */
const optionalOrderRef = () => integer("order_id").references(() => orders.id, { onDelete: "cascade" });
const orderRef = () => optionalOrderRef().notNull();

export const stores = sqliteTable("stores", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  timezone: text("timezone").notNull(),
  /** An order placed for later comes in this long before its time: the prep it quotes plus a margin. */
  schedulePrepMinutes: integer("schedule_prep_minutes").notNull().default(15),
  scheduleBufferMinutes: integer("schedule_buffer_minutes").notNull().default(5),
    /** A ready pickup order nobody collects is proposed as not picked up after this many minutes. */
  notPickedUpMinutes: integer("not_picked_up_minutes").notNull().default(30),
  /** Paused: the platforms (null: every one) take no new orders from the store until `pauseUntil` (null: until resumed). */
  paused: integer("paused", { mode: "boolean" }).notNull().default(false),
  pausePlatforms: text("pause_platforms", { mode: "json" }).$type<Platform[]>(),
  pauseReason: text("pause_reason"),
  pauseUntil: epochMs("pause_until"),
  /** Paused by the heartbeat (no board connected for `heartbeatMinutes`): lifted the moment a board is back. */
  pausedByHeartbeat: integer("paused_by_heartbeat", { mode: "boolean" }).notNull().default(false),
  /** With no board connected this long, the store is paused on every platform; 0 turns the heartbeat off. */
  heartbeatMinutes: integer("heartbeat_minutes").notNull().default(5),
  /** Where the store's managers hear of it (the heartbeat pausing the store): a URL of theirs, signed POSTs. */
  alertUrl: text("alert_url"),
  /** When the store is open, on its own wall clock; null: always. Orders coming in outside them are flagged. */
  openingHours: text("opening_hours", { mode: "json" }).$type<OpeningHours>(),
  /** The limits a manager holds the analytics headline to; null: the defaults. */
  headlineTargets: text("headline_targets", { mode: "json" }).$type<HeadlineTargets>(),
  /** Busy: every quote (the board's default, auto-accept) gets this many extra minutes until `busyUntil` (null: until turned off). */
  busyMinutes: integer("busy_minutes").notNull().default(0),
  busyUntil: epochMs("busy_until"),
  /** Busy mode that follows the kitchen: its minutes set from the orders in the kitchen, up to `busyAutoMax`, moved at most every few minutes. */
  busyAuto: integer("busy_auto", { mode: "boolean" }).notNull().default(false),
  busyAutoMax: integer("busy_auto_max").notNull().default(30),
  busyAutoChangedAt: epochMs("busy_auto_changed_at"),
  /** The prep time quoted by default: the accept dialog's first choice, and what auto-accept quotes. */
  defaultPrepMinutes: integer("default_prep_minutes").notNull().default(15),
  /** The platforms whose new orders are accepted at once, within these limits (null: no limit). */
  autoAcceptPlatforms: text("auto_accept_platforms", { mode: "json" }).$type<Platform[]>().notNull().default([]),
  autoAcceptMaxItems: integer("auto_accept_max_items"),
  autoAcceptMaxCents: integer("auto_accept_max_cents"),
  createdAt: epochMs("created_at").notNull(),
});


export const orders = sqliteTable(
  "orders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    /** The subtotal and tax as the platform sent them: the order's effective tax rate for cart changes. */
    taxBaseSubtotalCents: integer("tax_base_subtotal_cents").notNull().default(0),
    taxBaseCents: integer("tax_base_cents").notNull().default(0),
    /** Paid through the platform unless it says otherwise; only a drive-thru order arrives unpaid. */
    paymentMethod: text("payment_method", { enum: PAYMENT_METHODS }).notNull().default("platform"),
    paid: integer("paid", { mode: "boolean" }).notNull().default(true),
    cashTenderedCents: integer("cash_tendered_cents"),
    channel: text("channel", { enum: CHANNELS }).notNull().default("platform_app"),
    /** Who is on the order, and which staff group; both optional, set together or apart, with when. */
    assigneeId: integer("assignee_id").references(() => employees.id, { onDelete: "set null" }),
    groupId: integer("group_id").references(() => staffGroups.id, { onDelete: "set null" }),
    assignedAt: epochMs("assigned_at"),
    /** An order placed for later: the time the customer wants it, and when the store must start it (then it comes in). */
    scheduledFor: epochMs("scheduled_for"),
    dueAt: epochMs("due_at"),
    /** The store's record of the customer, matched when the order came in. */
    customerId: integer("customer_id").references(() => customers.id, { onDelete: "set null" }),
    /** The customer's own link to the order's status: unguessable, and it shows this order only. */
    trackingToken: text("tracking_token"),
    /** A curbside or pickup customer said "I'm here" (tracking link, platform or API), with where they wait. */
    customerArrivedAt: epochMs("customer_arrived_at"),
    arrivalNote: text("arrival_note"),
    /** Cart changes made after acceptance that no one on the line has acknowledged yet. */
    unacknowledgedChanges: text("unacknowledged_changes", { mode: "json" }).$type<CartChangeNote[]>().notNull().default([]),
    placedAt: epochMs("placed_at").notNull(),
    estimatedPickupAt: epochMs("estimated_pickup_at"),
    acceptedAt: epochMs("accepted_at"),
    prepMinutes: integer("prep_minutes"),
    /** Accepted by the store's auto-accept rather than by a person. */
    autoAccepted: integer("auto_accepted", { mode: "boolean" }).notNull().default(false),
    readyBy: epochMs("ready_by"),
    readyAt: epochMs("ready_at"),
    finishedAt: epochMs("finished_at"),
    acknowledgedAt: epochMs("acknowledged_at"),
    courierStatus: text("courier_status", { enum: COURIER_STATUSES }),
    courierName: text("courier_name"),
    courierPhone: text("courier_phone"),
    reasonCode: text("reason_code", { enum: REASON_CODES }),
    reasonMessage: text("reason_message"),
    /** A handover that did not happen (status `failed`): how it ended; the reason is in `reasonMessage`. */
    outcome: text("outcome", { enum: HANDOVER_OUTCOMES }),
    version: integer("version").notNull().default(1),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
    /**
     * Set when an admin deleted the order: it leaves every list, board and count, and the row stays
     * as it was, with its `deleted` event naming who, for the audit.
     */
    deletedAt: epochMs("deleted_at"),
  },
  (t) => [
    // An order's identity is its platform's id at one store, per intake: nobody can reach across stores or shadow the platform.
    uniqueIndex("orders_identity").on(t.platform, t.storeId, t.externalId, t.intake),
    // Serves the board (store + status), status-filtered history pages and counts over a time range without touching rows.
    index("orders_store_status_placed").on(t.storeId, t.status, t.placedAt),
    index("orders_store_placed").on(t.storeId, t.placedAt, t.id),
    // History filtered by platform as well: the page's rows come straight off the index, newest first.
    index("orders_store_platform_status_placed").on(t.storeId, t.platform, t.status, t.placedAt, t.id),
    index("orders_placed").on(t.placedAt, t.id),
    index("orders_store_finished").on(t.storeId, t.finishedAt),
    index("orders_assignee").on(t.assigneeId),
    index("orders_group").on(t.groupId),
    // The scheduled orders that fall due next.
    index("orders_status_due").on(t.status, t.dueAt),
    index("orders_customer").on(t.customerId, t.placedAt),
    uniqueIndex("orders_tracking_token").on(t.trackingToken),
    check("orders_money_non_negative", sql`${t.subtotalCents} >= 0 AND ${t.totalCents} >= 0`),
  ],
);

/**
 * A store's customers, matched by the platform's customer id, else by phone, else by email: contact,
 * how many orders and when, and the notes a manager keeps (allergies, preferences).
 */
export const customers = sqliteTable(
  "customers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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

/**
 * A store's menu: every dish its orders have named (by name, whatever the case), with the price it
 * sold at and each platform's id for it, until a manager edits it.
 */
export const menuItems = sqliteTable(
  "menu_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storeId: storeRef(),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
    category: text("category"),
    priceCents: integer("price_cents").notNull(),
    platformIds: text("platform_ids", { mode: "json" }).$type<PlatformItemIds>().notNull(),
    available: integer("available", { mode: "boolean" }).notNull().default(true),
    unavailableUntil: epochMs("unavailable_until"),
    /** Portions left, when the store counts them: taken by each accepted order, given back by a cancelled one; at 0 the item 86's itself. */
    stock: integer("stock"),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [uniqueIndex("menu_items_store_name").on(t.storeId, t.nameKey)],
);

export const orderItems = sqliteTable(
  "order_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: orderRef(),
    position: integer("position").notNull(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    modifiers: text("modifiers", { mode: "json" }).$type<Modifier[]>().notNull(),
    specialInstructions: text("special_instructions"),
    /** Removed lines stay, struck through: a kitchen must see what it should no longer make. */
    removedAt: epochMs("removed_at"),
    /** Set on a line added after the order came in, and on a substitute, naming the line it replaced. */
    addedAt: epochMs("added_at"),
    replacesItemId: integer("replaces_item_id"),
    /** Bag check: ticked off as packed. */
    packedAt: epochMs("packed_at"),
  },
  (t) => [index("order_items_order").on(t.orderId, t.position)],
);

/** A photo kept with an order as evidence (the packed bag); the bytes live in the data folder under their hash. */
export const orderPhotos = sqliteTable(
  "order_photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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

export const orderIssues = sqliteTable(
  "order_issues",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: orderRef(),
    storeId: storeRef(),
    type: text("type", { enum: ISSUE_TYPES }).notNull(),
    priority: text("priority", { enum: ISSUE_PRIORITIES }).notNull(),
    status: text("status", { enum: ISSUE_STATUSES }).notNull(),
    description: text("description").notNull(),
    affectedItems: text("affected_items", { mode: "json" }).$type<AffectedItem[]>().notNull(),
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

export const issueAttachments = sqliteTable(
  "issue_attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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


/** The audit log, the order timeline and the real-time feed at once: its id is the clients' resume cursor. */
export const orderEvents = sqliteTable(
  "order_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
    /** Set on the events of an order issue: its log is these rows. */
    issueId: integer("issue_id"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [
    index("order_events_store").on(t.storeId, t.id),
    // Where a board's resume window starts: the store's first event of the last day.
    index("order_events_store_created").on(t.storeId, t.createdAt),
    index("order_events_order").on(t.orderId, t.id),
    index("order_events_issue").on(t.issueId, t.id),
  ],
);

export const employees = sqliteTable("employees", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** scrypt, salted: `scrypt$N$r$p$salt$hash` (base64url parts); the PIN itself is never stored. */
  pinHash: text("pin_hash").notNull(),
  /** The language this person chose for the screens; a tablet takes it up when they sign in. */
  locale: text("locale", { enum: LOCALES }),
  createdAt: epochMs("created_at").notNull(),
  updatedAt: epochMs("updated_at").notNull(),
});

/** Where staff work and which stores a manager looks after; admins reach every store without rows here. */
/** Which instance has boards of a store open, last seen when: the heartbeat's view across instances. */
export const boardPresence = sqliteTable(
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

export const employeeStores = sqliteTable(
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

/** A store's staff groups (kitchen, expo, drivers) that orders can be assigned to, and who is in each. */
export const staffGroups = sqliteTable(
  "staff_groups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [uniqueIndex("staff_groups_store_name").on(t.storeId, t.name)],
);

export const staffGroupMembers = sqliteTable(
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

/** A signed-in tablet. The id is the SHA-256 of the cookie's token, so a leaked table signs no one in. */
export const sessions = sqliteTable(
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

/** Wrong-PIN counters: per person, per tablet and person, per client address. */
export const signInThrottles = sqliteTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lockedUntil: epochMs("locked_until").notNull(),
  updatedAt: epochMs("updated_at").notNull(),
});

/** Tablets someone has signed in on: the id is the SHA-256 of the tablet's cookie. */
export const knownTablets = sqliteTable("known_tablets", {
  id: text("id").primaryKey(),
  firstSignInAt: epochMs("first_sign_in_at").notNull(),
  lastSignInAt: epochMs("last_sign_in_at").notNull(),
});

export const apiTokens = sqliteTable("api_tokens", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  /** SHA-256 of the secret; the secret is shown once, at creation. */
  secretHash: text("secret_hash").notNull().unique(),
  /** The secret's first characters, so people can tell tokens apart. */
  prefix: text("prefix").notNull(),
  abilities: text("abilities", { mode: "json" }).$type<Ability[]>().notNull(),
  storeId: text("store_id").references(() => stores.id),
  createdBy: text("created_by").notNull(),
  createdAt: epochMs("created_at").notNull(),
  lastUsedAt: epochMs("last_used_at"),
  revokedAt: epochMs("revoked_at"),
});

/**
 * An integrator's `Idempotency-Key`, kept a day: the first answer to a POST or PATCH with the key,
 * given again to the same request sent again. A row without a status is a request still running.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    tokenId: integer("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** SHA-256 of the method, path and body: the same key with another request is refused. */
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    body: text("body"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index("idempotency_keys_created").on(t.createdAt)],
);

/** A store's connection to one delivery platform: where our notifications go and the secrets both sides sign with. */
export const platformConnections = sqliteTable(
  "platform_connections",
  {
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    /** Where status notifications are POSTed; none means the platform is not told. */
    endpointUrl: text("endpoint_url"),
    /** Standard Webhooks secrets (`whsec_…`), newest first: all are accepted inbound and all sign outbound during a rotation. */
    signingSecrets: text("signing_secrets", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** The platform cancels an order nobody accepted within this window. */
    acceptDeadlineSeconds: integer("accept_deadline_seconds").notNull(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.platform] })],
);


/** Every signed delivery we took, once per webhook id: the dedupe key and the inbound audit trail. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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

/** Correctly signed deliveries we could not read: kept whole, so no order vanishes silently, until a manager dismisses them. */
export const quarantinedDeliveries = sqliteTable(
  "quarantined_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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


/** The outbox: a notification a platform must hear, written in the transaction of the change it reports. */
export const platformNotifications = sqliteTable(
  "platform_notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: optionalOrderRef(),
    storeId: storeRef(),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    eventId: integer("event_id").notNull(),
    type: text("type").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    state: text("state", { enum: NOTIFICATION_STATES }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** Due time while pending; a sender claims a row by pushing this past its own timeout, so a crash only delays it. */
    nextAttemptAt: epochMs("next_attempt_at").notNull(),
    /** Retrying stops here and the notification is dead-lettered. */
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

/** One row per HTTP attempt of a notification: when, what came back, how long it took. */
export const notificationAttempts = sqliteTable(
  "notification_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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

export type PlatformConnectionRow = typeof platformConnections.$inferSelect;
export type PlatformNotificationRow = typeof platformNotifications.$inferSelect;
export type OrderIssueRow = typeof orderIssues.$inferSelect;
export type CustomerRow = typeof customers.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type ActorType = (typeof ACTOR_TYPES)[number];
