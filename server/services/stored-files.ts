import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { issueAttachments, orderPhotos } from "@/db/schema";
import { HttpError } from "@/server/http/http-error";
import { readFile } from "./file-store";

/** A bag photo of an order: its bytes, type and a name to save it under. */
export async function bagPhoto(orderId: number, photoId: number) {
  const [photo] = await getDb()
    .select()
    .from(orderPhotos)
    .where(and(eq(orderPhotos.id, photoId), eq(orderPhotos.orderId, orderId)));
  if (!photo) throw new HttpError(404, "PHOTO_NOT_FOUND", "There is no such photo on this order");
  return { bytes: readFile(photo.sha256), mimeType: photo.mimeType, name: `order-${orderId}-bag-${photo.id}` };
}

/** A file of an issue: its bytes, type and the name it was uploaded with. */
export async function issueFile(issueId: number, attachmentId: number) {
  const [file] = await getDb()
    .select()
    .from(issueAttachments)
    .where(and(eq(issueAttachments.id, attachmentId), eq(issueAttachments.issueId, issueId)));
  if (!file) throw new HttpError(404, "ATTACHMENT_NOT_FOUND", "There is no such file on this issue");
  return { bytes: readFile(file.sha256), mimeType: file.mimeType, name: file.fileName };
}
