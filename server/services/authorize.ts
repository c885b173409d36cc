import "server-only";
import { getDb } from "@/db/client";
import { can, refusal, storesFor, type Action, type Principal } from "@/server/domain/access";
import { Forbidden, NotSignedIn } from "@/server/domain/errors";
import { getCustomer } from "./customers";
import { issueStoreId } from "./get-issue";
import { getStore } from "./list-stores";
import { orderStoreId } from "./order-views";

/**
 * What an action is about, each resolved to its store: a store, an order, a customer, a deleted order
 * (for its audit), an issue; a store an order is sent for (whose existence is the order's own check); or
 * nothing in particular.
 */
export type Target = { storeId: string } | { orderId: number } | { customerId: number } | { deletedOrderId: number } | { issueId: number } | { newOrderFor: string } | null;

async function storeOf(target: Target): Promise<string | null> {
  if (target === null) return null;
  if ("storeId" in target) return (await getStore(target.storeId)).id;
  if ("orderId" in target) return orderStoreId(getDb(), target.orderId);
  if ("deletedOrderId" in target) return orderStoreId(getDb(), target.deletedOrderId, { deleted: true });
  if ("issueId" in target) return issueStoreId(target.issueId);
  if ("customerId" in target) return (await getCustomer(target.customerId)).storeId;
  return target.newOrderFor;
}

/**
 * The policy's answer for a request, as a refusal when it is no: nobody (401), or somebody who may
 * not (403). A target that does not exist is a 404 first, so nothing is said about what is not there.
 * `anonymous` says what the caller should send instead.
 */
export async function authorize<P extends Principal>(principal: P | null, action: Action, target: Target, anonymous?: string): Promise<P> {
  if (!principal) throw new NotSignedIn(anonymous);
  const storeId = await storeOf(target);
  if (!can(principal, action, storeId)) throw new Forbidden(refusal(principal, action, storeId));
  return principal;
}

/**
 * The stores a list may show: the one asked for (when allowed), else every store the caller may do
 * `action` at (null: all). A caller who may do it nowhere is refused rather than shown nothing.
 */
export async function scopeOf(principal: Principal | null, action: Action, storeId: string | undefined, anonymous?: string): Promise<readonly string[] | null> {
  const caller = await authorize(principal, action, storeId ? { storeId } : null, anonymous);
  if (storeId) return [storeId];
  const stores = storesFor(caller, action);
  if (stores?.length === 0) throw new Forbidden(refusal(caller, action, null));
  return stores;
}
