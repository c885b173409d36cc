import { z } from "zod";
import { can } from "@/server/domain/access";
import { ZConnectionSettings } from "@/server/domain/platform-connection";
import { authorize } from "@/server/services/authorize";
import { dismissQuarantined, integrationStatus, notificationStoreId, quarantinedStoreId } from "@/server/services/integration-alerts";
import { notificationsOf, retryNotification } from "@/server/services/outbox";
import { listConnections, saveConnection } from "@/server/services/platform-connections";
import { actionProcedure, orderProcedure, storeProcedure } from "../init";

export const integrationsRouter = {
  connections: actionProcedure("integrations.manage").query(() => listConnections()),
  saveConnection: actionProcedure("integrations.manage")
    .input(ZConnectionSettings)
    .mutation(({ ctx, input }) => saveConnection(input, ctx.actor)),
  /** The board's view of its platforms: accept windows, unreadable deliveries, failing notifications. */
  status: storeProcedure("orders.read").query(({ ctx, input }) => integrationStatus(input.storeId, { detailed: can(ctx.principal, "store.manage", input.storeId) })),
  notifications: orderProcedure("orders.read").query(({ input }) => notificationsOf(input.id)),
  retryNotification: actionProcedure("store.manage")
    .input(z.object({ notificationId: z.int().positive() }))
    .mutation(({ ctx, input }) => {
      authorize(ctx.principal, "store.manage", { storeId: notificationStoreId(input.notificationId) });
      return retryNotification(input.notificationId);
    }),
  dismissQuarantined: actionProcedure("store.manage")
    .input(z.object({ quarantineId: z.int().positive() }))
    .mutation(({ ctx, input }) => {
      authorize(ctx.principal, "store.manage", { storeId: quarantinedStoreId(input.quarantineId) });
      return dismissQuarantined(input.quarantineId, ctx.actor);
    }),
};
