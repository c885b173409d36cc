import { orderPhotos } from "@/db/schema";
import { InvalidRequest, TransitionRefused } from "@/server/domain/errors";
import { IMAGE_TYPES, sniffType } from "@/server/domain/file-type";
import { STATUS_LABELS } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";
import { putFile, removeFile } from "./file-store";

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const PHOTO_STATUSES: readonly string[] = ["bagging", "ready", "picked_up", "completed"];

/**
 * Keeps a photo of the packed bag with the order, as evidence. Anything that is not a JPEG, PNG
 * or WebP by its bytes, is empty or is too large is refused before a byte is written; if the
 * order refuses it afterwards, a file written for it is removed again.
 */
export function addBagPhoto({ orderId, bytes, actor }: { orderId: number; bytes: Uint8Array; actor: Actor }) {
  if (bytes.byteLength === 0) throw new InvalidRequest("The photo is empty");
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new InvalidRequest(`The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
  const type = sniffType(bytes);
  if (!type || !IMAGE_TYPES.includes(type)) throw new InvalidRequest("Only JPEG, PNG or WebP photos can be kept");

  const { sha256, created } = putFile(bytes);
  try {
    return changeOrder({
      orderId,
      actor,
      decide: (order, now, tx) => {
        if (!PHOTO_STATUSES.includes(order.status)) {
          throw new TransitionRefused(order.status, order.status, `A bag photo is taken once the order is bagged, not while it is ${STATUS_LABELS[order.status].toLowerCase()}`);
        }
        const photo = tx
          .insert(orderPhotos)
          .values({ orderId, kind: "bag", sha256, mimeType: type, sizeBytes: bytes.byteLength, createdBy: actor.name, createdAt: now })
          .returning()
          .get();
        return { patch: {}, event: { type: "photo_added", data: { photoId: photo.id } } };
      },
    });
  } catch (error) {
    if (created) removeFile(sha256);
    throw error;
  }
}
