import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createCallerFactory, createTRPCRouter } from "./init";
import { ordersRouter } from "./routers/orders";
import { storesRouter } from "./routers/stores";

export const appRouter = createTRPCRouter({
  orders: ordersRouter,
  stores: storesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
