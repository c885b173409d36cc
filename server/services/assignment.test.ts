import { describe, expect, it } from "vitest";
import { InvalidOrder } from "@/server/domain/errors";
import { eventsOf, writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeEmployee } from "@/test-support/people";
import { rejected } from "@/test-support/refusals";
import { SYSTEM_ACTOR } from "./actor";
import { changeDetails } from "./change-details";
import { createOrder } from "./create-order";
import { getOrder } from "./get-order";
import { listOrders, ZListOrders } from "./list-orders";
import { createGroup, deleteGroup, listGroups, setGroupMember } from "./staff-groups";

async function storeWithStaff() {
  const storeId = await makeStore();
  const sam = await makeEmployee("staff", [storeId], "Sam Assignee");
  const kitchen = await createGroup(storeId, "Kitchen");
  const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
  return { storeId, sam, kitchen, order };
}

describe("assigning an order to a person and a staff group", () => {
  it("records who, which group and when, as an `assigned` event with a line for each, and lists by them", async () => {
    const { storeId, sam, kitchen, order } = await storeWithStaff();
    const { order: assigned, event } = await changeDetails({ orderId: order.id, expectedVersion: 1, change: { assignee_id: sam.id, group_id: kitchen.id }, actor: SYSTEM_ACTOR });
    expect(assigned).toMatchObject({ assigneeId: sam.id, groupId: kitchen.id, version: 2 });
    expect(assigned.assignedAt).toEqual(expect.any(Number));
    expect(event).toMatchObject({ type: "assigned", data: { changes: ["Assigned to Sam Assignee", "Group: Kitchen"] } });

    const { order: other } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const ids = async (filters: object) => (await listOrders(ZListOrders.parse({ store_id: storeId, ...filters }), null)).orders.map((o) => o.id);
    expect(await ids({ assignee_id: String(sam.id) })).toEqual([order.id]);
    expect(await ids({ group: `${kitchen.id}` })).toEqual([order.id]);
    expect(await ids({})).toContain(other.id);

    const { order: cleared } = await changeDetails({ orderId: order.id, change: { assignee_id: null, group_id: null }, actor: SYSTEM_ACTOR });
    expect(cleared).toMatchObject({ assigneeId: null, groupId: null, assignedAt: null });
    expect((await eventsOf(order.id)).at(-1)?.data).toMatchObject({ changes: ["Nobody assigned", "No group"] });
  });

  it("refuses a person who does not work at the store, an inactive one, or another store's group, naming the field and writing nothing", async () => {
    const { sam, order } = await storeWithStaff();
    const elsewhere = await makeStore();
    const stranger = await makeEmployee("staff", [elsewhere]);
    const theirGroup = await createGroup(elsewhere, "Kitchen");
    const before = await writeCounts();
    for (const [change, field] of [
      [{ assignee_id: stranger.id }, "assignee_id"],
      [{ assignee_id: 999_999 }, "assignee_id"],
      [{ group_id: theirGroup.id }, "group_id"],
    ] as const) {
      const error = await rejected(changeDetails({ orderId: order.id, change, actor: SYSTEM_ACTOR }));
      expect(error).toBeInstanceOf(InvalidOrder);
      expect((error as InvalidOrder).problems.map((p) => p.path.join("."))).toEqual([field]);
    }
    expect(await writeCounts()).toEqual(before);
    expect((await getOrder(order.id)).assigneeId).toBeNull();
    expect(sam.active).toBe(true);
  });

  it("keeps groups and their members per store; a deleted group leaves its orders with no group", async () => {
    const { storeId, sam, kitchen, order } = await storeWithStaff();
    await setGroupMember(storeId, kitchen.id, sam.id, true);
    await setGroupMember(storeId, kitchen.id, sam.id, true);
    expect(await listGroups(storeId)).toEqual([{ id: kitchen.id, name: "Kitchen", memberIds: [sam.id] }]);
    await expect(createGroup(storeId, "Kitchen")).rejects.toThrow('This store already has a group named "Kitchen"');
    const stranger = await makeEmployee("staff", [await makeStore()]);
    await expect(setGroupMember(storeId, kitchen.id, stranger.id, true)).rejects.toThrow("does not work at store");

    await changeDetails({ orderId: order.id, change: { group_id: kitchen.id }, actor: SYSTEM_ACTOR });
    await deleteGroup(storeId, kitchen.id);
    expect(await listGroups(storeId)).toEqual([]);
    expect((await getOrder(order.id)).groupId).toBeNull();
  });
});
