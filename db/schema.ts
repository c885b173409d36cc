/**
 * The tables every service queries: the engine's own (`pg-schema.ts` under `DATABASE_URL`, else
 * `sqlite-schema.ts`), typed as the SQLite ones. Both declare the same tables and columns with the
 * same TypeScript types (`schema-parity.test.ts`), so one query builds the same rows on either.
 */
import { ENGINE } from "./engine";
import * as pg from "./pg-schema";
import * as sqlite from "./sqlite-schema";

export * from "./sqlite-schema";

const tables = (ENGINE === "postgres" ? pg : sqlite) as unknown as typeof sqlite;

export const {
  stores,
  orders,
  customers,
  menuItems,
  boardPresence,
  orderItems,
  orderPhotos,
  orderIssues,
  issueAttachments,
  orderEvents,
  employees,
  employeeStores,
  staffGroups,
  staffGroupMembers,
  sessions,
  signInThrottles,
  knownTablets,
  apiTokens,
  idempotencyKeys,
  platformConnections,
  webhookDeliveries,
  quarantinedDeliveries,
  platformNotifications,
  notificationAttempts,
} = tables;
