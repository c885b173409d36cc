import { z } from "zod";
import { FINISHED_STATUSES, STATUS_LABELS, type OrderStatus } from "./order-status";
import { FULFILLMENT_LABELS, type FulfillmentType } from "./fulfillment";
import { TransitionRefused } from "./errors";
import { ZNewOrder } from "./new-order";

const customer = ZNewOrder.shape.customer.shape;
const fulfillment = ZNewOrder.shape.fulfillment.shape;

/**
 * A change to an order's details, in the nested shapes an order comes in with, every part optional:
 * `{ customer: { email } }` changes only the email. A null clears what may be empty.
 */
export const ZDetailsChange = z.object({
  customer: z
    .object({
      first_name: customer.first_name,
      last_name: customer.last_name.unwrap(),
      phone: customer.phone.unwrap().nullable(),
      email: customer.email.unwrap().nullable(),
    })
    .partial()
    .optional(),
  fulfillment: z
    .object({
      type: fulfillment.type,
      address: fulfillment.address.unwrap().nullable(),
      vehicle: fulfillment.vehicle.unwrap().nullable(),
      table: fulfillment.table.unwrap().nullable(),
    })
    .partial()
    .optional(),
  estimated_pickup_at: ZNewOrder.shape.estimated_pickup_at.unwrap().nullable().optional().describe("When the customer or courier is expected"),
  special_instructions: ZNewOrder.shape.special_instructions.unwrap().nullable().optional(),
  assignee_id: z.int().positive().nullable().optional().describe("The person on the order (staff of its store); null: nobody"),
  group_id: z.int().positive().nullable().optional().describe("The store's staff group on the order (kitchen, expo, drivers); null: none"),
});
export type DetailsChange = z.infer<typeof ZDetailsChange>;

/** The columns of an order a details change can reach. */
export type OrderDetails = {
  status: OrderStatus;
  customerFirstName: string;
  customerLastName: string;
  customerPhone: string | null;
  customerEmail: string | null;
  fulfillmentType: FulfillmentType;
  deliveryAddress: string | null;
  vehicle: string | null;
  tableNumber: string | null;
  estimatedPickupAt: number | null;
  specialInstructions: string | null;
};

type Value = string | number | null;
/** One changed field: its API path, the value before and after, and the timeline's line for it. */
export type FieldChange = { field: string; before: Value; after: Value; line: string };

const FIELDS: { field: string; column: keyof OrderDetails; label: string; read: (change: DetailsChange) => Value | undefined }[] = [
  { field: "customer.first_name", column: "customerFirstName", label: "Customer first name", read: (c) => c.customer?.first_name },
  { field: "customer.last_name", column: "customerLastName", label: "Customer last name", read: (c) => c.customer?.last_name },
  { field: "customer.phone", column: "customerPhone", label: "Customer phone", read: (c) => c.customer?.phone },
  { field: "customer.email", column: "customerEmail", label: "Customer email", read: (c) => c.customer?.email },
  { field: "fulfillment.type", column: "fulfillmentType", label: "Fulfillment", read: (c) => c.fulfillment?.type },
  { field: "fulfillment.address", column: "deliveryAddress", label: "Address", read: (c) => c.fulfillment?.address },
  { field: "fulfillment.vehicle", column: "vehicle", label: "Vehicle", read: (c) => c.fulfillment?.vehicle },
  { field: "fulfillment.table", column: "tableNumber", label: "Table", read: (c) => c.fulfillment?.table },
  {
    field: "estimated_pickup_at",
    column: "estimatedPickupAt",
    label: "Pickup expected",
    read: (c) => (c.estimated_pickup_at === undefined || c.estimated_pickup_at === null ? c.estimated_pickup_at : Date.parse(c.estimated_pickup_at)),
  },
  { field: "special_instructions", column: "specialInstructions", label: "Note", read: (c) => (c.special_instructions === undefined ? undefined : c.special_instructions || null) },
];

/**
 * What a details change does to an order: the columns to set and one entry per field that really
 * changes (a value sent as it already is changes nothing). A finished order's details are history
 * and stay as they were. `clock` words a time the way the store reads it.
 */
export function detailChanges(order: OrderDetails, change: DetailsChange, clock: (at: number) => string) {
  if ((FINISHED_STATUSES as readonly OrderStatus[]).includes(order.status)) {
    throw new TransitionRefused(order.status, order.status, `A ${STATUS_LABELS[order.status].toLowerCase()} order's details cannot change`);
  }
  const patch: Partial<OrderDetails> = {};
  const changes: FieldChange[] = [];
  for (const { field, column, label, read } of FIELDS) {
    const after = read(change);
    const before = order[column] as Value;
    if (after === undefined || after === before) continue;
    Object.assign(patch, { [column]: after });
    const shown = after === null ? "removed" : column === "estimatedPickupAt" ? clock(after as number) : column === "fulfillmentType" ? FULFILLMENT_LABELS[after as FulfillmentType] : after;
    changes.push({ field, before, after, line: `${label}: ${shown}` });
  }
  return { patch, changes };
}
