import type { Principal } from "@/server/domain/access";
import { listOrders, type ListOrdersInput } from "@/server/services/list-orders";
import { toApiOrder } from "./api-order";
import { requireStoreAccess } from "./authenticate";

/** A page of orders for a token: one store it may use, or (unscoped tokens) every store. */
export function ordersPageFor(principal: Principal, input: ListOrdersInput) {
  if (input.storeId) requireStoreAccess(principal, input.storeId);
  else if (principal.kind === "token" && principal.storeId !== null) input = { ...input, storeId: principal.storeId };
  const { orders, nextCursor } = listOrders(input);
  return { orders: orders.map(toApiOrder), next_cursor: nextCursor };
}


