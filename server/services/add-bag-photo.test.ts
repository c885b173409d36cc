import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/orders/[id]/photos/route";
import { GET } from "@/app/api/orders/[id]/photos/[photoId]/route";
import { InvalidRequest, TransitionRefused } from "@/server/domain/errors";
import { writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeEmployee, signInAs } from "@/test-support/people";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { addBagPhoto, MAX_PHOTO_BYTES } from "./add-bag-photo";
import { createOrder } from "./create-order";
import { uploadsFolder } from "./file-store";
import { getOrder } from "./get-order";
import { advanceOrder } from "./move-order";
import { rejected } from "@/test-support/refusals";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const storeId = await makeStore();

async function baggedOrder() {
  const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
  await acceptOrder({ orderId: order.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
  return (await advanceOrder({ orderId: order.id, to: "bagging", actor: SYSTEM_ACTOR })).order;
}

const filesOnDisk = () => (fs.existsSync(uploadsFolder()) ? fs.readdirSync(uploadsFolder()).length : 0);


describe("bag photos", () => {
  it("keeps a photo with the order, once on disk, with an event", async () => {
    const order = await baggedOrder();
    const before = filesOnDisk();
    const { event } = await addBagPhoto({ orderId: order.id, bytes: PNG, actor: { type: "employee", id: "1", name: "Sam" } });
    expect(event).toMatchObject({ type: "photo_added", actorName: "Sam" });
    expect((await getOrder(order.id)).photos).toEqual([expect.objectContaining({ kind: "bag", mimeType: "image/png", createdBy: "Sam" })]);
    expect(filesOnDisk()).toBe(before + 1);
    await addBagPhoto({ orderId: order.id, bytes: PNG, actor: SYSTEM_ACTOR });
    expect(filesOnDisk()).toBe(before + 1);
  });

  it.each([
    ["a text file, whatever its name", new TextEncoder().encode("not a photo at all"), "Only JPEG, PNG or WebP files can be kept"],
    ["a PDF", new TextEncoder().encode("%PDF-1.7 ..."), "Only JPEG, PNG or WebP files can be kept"],
    ["an empty file", new Uint8Array(), "The photo is empty"],
    ["an oversize photo", (() => { const big = new Uint8Array(MAX_PHOTO_BYTES + 1); big.set(PNG); return big; })(), "The photo is larger than 8 MB"],
  ])("refuses %s and stores nothing", async (_, bytes, message) => {
    const order = await baggedOrder();
    const [files, rows] = [filesOnDisk(), await writeCounts()];
    const error = await rejected(addBagPhoto({ orderId: order.id, bytes, actor: SYSTEM_ACTOR })) as Error;
    expect(error).toBeInstanceOf(InvalidRequest);
    expect(error.message).toBe(message);
    expect([filesOnDisk(), await writeCounts()]).toEqual([files, rows]);
  });

  it("refuses a photo before bagging and removes the file it had written", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const files = filesOnDisk();
    const unique = new Uint8Array([...PNG, 1, 2, 3, 4]);
    expect(await rejected(addBagPhoto({ orderId: order.id, bytes: unique, actor: SYSTEM_ACTOR }))).toBeInstanceOf(TransitionRefused);
    expect(filesOnDisk()).toBe(files);
  });
});

describe("bag photo routes", () => {
  const upload = async (orderId: number, headers: Record<string, string>) => {
    const form = new FormData();
    form.set("photo", new File([new Uint8Array([...PNG, 9, 9])], "bag.png", { type: "image/png" }));
    return await POST(new Request(`http://board.local/api/orders/${orderId}/photos`, { method: "POST", body: form, headers: { host: "board.local", ...headers } }), {
      params: Promise.resolve({ id: String(orderId) }),
    });
  };

  it("let staff of the store upload and view, and refuse everyone else", async () => {
    const order = await baggedOrder();
    const own = (await signInAs((await makeEmployee("staff", [storeId])).id)).token;
    const other = (await signInAs((await makeEmployee("staff", [await makeStore()])).id)).token;
    expect((await upload(order.id, {})).status).toBe(401);
    expect((await upload(order.id, { cookie: `ob_session=${other}` })).status).toBe(403);
    expect((await upload(order.id, { cookie: `ob_session=${own}`, origin: "http://evil.example" })).status).toBe(403);
    const created = await upload(order.id, { cookie: `ob_session=${own}`, origin: "http://board.local" });
    expect(created.status).toBe(201);
    const { photo } = await created.json();

    const view = async (cookie: string) =>
      await GET(new Request("http://board.local/x", { headers: { cookie } }), { params: Promise.resolve({ id: String(order.id), photoId: String(photo.id) }) });
    const seen = await view(`ob_session=${own}`);
    expect(seen.status).toBe(200);
    expect(seen.headers.get("content-type")).toBe("image/png");
    expect((await view(`ob_session=${other}`)).status).toBe(403);
  });
});
