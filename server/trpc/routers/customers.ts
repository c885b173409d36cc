import { z } from "zod";
import { toIso as iso } from "@/server/domain/time-zone";
import { ZApiCustomer } from "@/server/rest/api-schemas";
import { getCustomer, setCustomerNotes } from "@/server/services/customers";
import { customerProcedure } from "../init";
import { restRoute } from "../rest-route";
import { ZCustomerNotes } from "@/server/domain/customer";

const toApiCustomer = (customer: Awaited<ReturnType<typeof getCustomer>>) => ({
  id: customer.id,
  store_id: customer.storeId,
  first_name: customer.firstName,
  last_name: customer.lastName,
  phone: customer.phone,
  email: customer.email,
  notes: customer.notes,
  order_count: customer.orderCount,
  first_order_at: iso(customer.firstOrderAt),
  last_order_at: iso(customer.lastOrderAt),
});

export const customersRouter = {
  get: customerProcedure("orders.read")
    .meta(
      restRoute("GET", "/customers/{id}", "Read a customer", {
        tag: "Orders",
        description: "The store's record of an order's customer (`customer_id`): contact, how many orders and when, and the store's notes. Their orders: `GET /api/v1/orders?customer_id=…`.",
      }),
    )
    .output(z.object({ customer: ZApiCustomer }))
    .query(async ({ input }) => ({ customer: toApiCustomer(await getCustomer(input.id)) })),
  /** A manager's notes about a customer (allergies, preferences), shown on each of their orders. */
  setNotes: customerProcedure("store.manage")
    .input(ZCustomerNotes)
    .mutation(async ({ input }) => toApiCustomer(await setCustomerNotes(input.id, input.notes))),
};
