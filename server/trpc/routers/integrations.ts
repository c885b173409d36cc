import { z } from "zod";
import { ZConnectionSettings } from "@/server/domain/platform-connection";
import { dismissQuarantined, integrationStatus, notificationStoreId, quarantinedStoreId } from "@/server/services/integration-alerts";
import { notificationsOf, retryNotification } from "@/server/services/outbox";
import { listConnections, saveConnection } from "@/server/services/platform-connections";
import { canManageStore } from "@/server/domain/access";
import { adminProcedure, assertCanManageStore, orderProcedure, signedInProcedure, storeProcedure } from "../init";

export const integrationsRouter = {
  connections: adminProcedure.query(() => listConnections()),
  saveConnection: adminProcedure.input(ZConnectionSettings).mutation(({ ctx, input }) => saveConnection(input, ctx.actor)),
  /** The board's view of its platforms: accept windows, unreadable deliveries, failing notifications. */
  status: storeProcedure.query(({ ctx, input }) => integrationStatus(input.storeId, { detailed: canManageStore(ctx.principal, input.storeId) })),
  notifications: orderProcedure.query(({ input }) => notificationsOf(input.id)),
  retryNotification: signedInProcedure.input(z.object({ notificationId: z.int().positive() })).mutation(({ ctx, input }) => {
    assertCanManageStore(ctx.principal, notificationStoreId(input.notificationId));
    return retryNotification(input.notificationId);
  }),
  dismissQuarantined: signedInProcedure.input(z.object({ quarantineId: z.int().positive() })).mutation(({ ctx, input }) => {
    assertCanManageStore(ctx.principal, quarantinedStoreId(input.quarantineId));
    return dismissQuarantined(input.quarantineId, ctx.actor);
  }),
};
