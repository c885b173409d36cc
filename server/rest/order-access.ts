import { z } from "zod";
import type { Ability } from "@/server/domain/access";
import { getOrder } from "@/server/services/get-order";
import { requireStoreAccess, requireToken } from "./authenticate";
import { HttpError } from "@/server/http/http-error";

const ZId = z.coerce.number().int().positive();

export function parseId(value: string, what: string): number {
  const parsed = ZId.safeParse(value);
  if (!parsed.success) throw new HttpError(400, "INVALID_INPUT", `${what} is a positive whole number`);
  return parsed.data;
}

/** The order named in the path, if the request's token has the ability and reaches the order's store. */
export function orderForToken(request: Request, orderIdParam: string, ability: Ability) {
  const principal = requireToken(request, ability);
  const order = getOrder(parseId(orderIdParam, "An order id"));
  requireStoreAccess(principal, order.storeId);
  return { principal, order };
}
