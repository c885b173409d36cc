import { z } from "zod";
import { can } from "@/server/domain/access";
import { ZConnectionSettings } from "@/server/domain/platform-connection";
import { authorize } from "@/server/services/authorize";
import { dismissQuarantined, integrationStatus, notificationStoreId, quarantinedStoreId } from "@/server/services/integration-alerts";
import { notificationsOf, retryNotification } from "@/server/services/outbox";
import { ZPlatform } from "@/server/domain/platforms";
import { listConnections, saveConnection, sendTestNotification } from "@/server/services/platform-connections";
import { actionProcedure, orderProcedure, storeProcedure } from "../init";

export const integrationsRouter = {
  connections: actionProcedure("integrations.manage").query(async () => await listConnections()),
  saveConnection: actionProcedure("integrations.manage")
    .input(ZConnectionSettings)
    .mutation(async ({ ctx, input }) => await saveConnection(input, ctx.actor)),
  /** A signed test notification to a connection's endpoint, answered with what came back. */
  sendTest: actionProcedure("integrations.manage")
    .input(z.object({ storeId: z.string().min(1).max(64), platform: ZPlatform }))
    .mutation(async ({ input }) => await sendTestNotification(input.storeId, input.platform)),
  /** The board's view of its platforms: accept windows, unreadable deliveries, failing notifications. */
  status: storeProcedure("orders.read").query(async ({ ctx, input }) => await integrationStatus(input.storeId, { detailed: can(ctx.principal, "store.manage", input.storeId) })),
  notifications: orderProcedure("orders.read").query(async ({ input }) => await notificationsOf(input.id)),
  retryNotification: actionProcedure("store.manage")
    .input(z.object({ notificationId: z.int().positive() }))
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx.principal, "store.manage", { storeId: await notificationStoreId(input.notificationId) });
      return await retryNotification(input.notificationId);
    }),
  dismissQuarantined: actionProcedure("store.manage")
    .input(z.object({ quarantineId: z.int().positive() }))
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx.principal, "store.manage", { storeId: await quarantinedStoreId(input.quarantineId) });
      return await dismissQuarantined(input.quarantineId, ctx.actor);
    }),
};
