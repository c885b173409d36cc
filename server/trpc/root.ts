import type { inferRouterOutputs } from "@trpc/server";
import { createCallerFactory, createTRPCRouter } from "./init";
import { analyticsRouter } from "./routers/analytics";
import { authRouter } from "./routers/auth";
import { customersRouter } from "./routers/customers";
import { employeesRouter } from "./routers/employees";
import { integrationsRouter } from "./routers/integrations";
import { issuesRouter } from "./routers/issues";
import { menuRouter } from "./routers/menu";
import { ordersRouter } from "./routers/orders";
import { storesRouter } from "./routers/stores";
import { tokensRouter } from "./routers/tokens";

export const appRouter = createTRPCRouter({
  analytics: analyticsRouter,
  auth: authRouter,
  customers: customersRouter,
  employees: employeesRouter,
  integrations: integrationsRouter,
  issues: issuesRouter,
  menu: menuRouter,
  orders: ordersRouter,
  stores: storesRouter,
  tokens: tokensRouter,
});

export type AppRouter = typeof appRouter;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
