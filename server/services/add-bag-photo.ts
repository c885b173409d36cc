import "server-only";
import { orderPhotos } from "@/db/schema";
import { TransitionRefused } from "@/server/domain/errors";
import { IMAGE_TYPES } from "@/server/domain/file-type";
import { STATUS_LABELS } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";
import { keepUpload } from "./file-store";

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const PHOTO_STATUSES: readonly string[] = ["bagging", "ready", "picked_up", "completed"];

/** Keeps a photo of the packed bag with the order, as evidence; a refusal stores nothing. */
export function addBagPhoto({ orderId, bytes, actor }: { orderId: number; bytes: Uint8Array; actor: Actor }) {
  return keepUpload(bytes, { what: "photo", types: IMAGE_TYPES, maxBytes: MAX_PHOTO_BYTES }, ({ sha256, type }) =>
    changeOrder({
      orderId,
      actor,
      decide: async (order, now, tx) => {
        if (!PHOTO_STATUSES.includes(order.status)) {
          throw new TransitionRefused(order.status, order.status, `A bag photo is taken once the order is bagged, not while it is ${STATUS_LABELS[order.status].toLowerCase()}`);
        }
        const [photo] = await tx
          .insert(orderPhotos)
          .values({ orderId, kind: "bag", sha256, mimeType: type, sizeBytes: bytes.byteLength, createdBy: actor.name, createdAt: now })
          .returning();
        return { patch: {}, event: { type: "photo_added", data: { photoId: photo!.id } } };
      },
    }),
  );
}
