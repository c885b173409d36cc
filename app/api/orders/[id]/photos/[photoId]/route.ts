import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderPhotos } from "@/db/schema";
import { requireStaffOf } from "@/server/http/session";
import { storedFileResponse } from "@/server/http/stored-file-response";
import { parseId } from "@/server/rest/order-access";
import { HttpError } from "@/server/http/http-error";
import { respond } from "@/server/rest/respond";
import { readFile } from "@/server/services/file-store";
import { orderStoreId } from "@/server/services/order-views";

export const dynamic = "force-dynamic";

/** A kept photo, only for people who may see the order's store. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  return respond(async () => {
    const { id, photoId } = await params;
    const orderId = parseId(id, "An order id");
    requireStaffOf(request, orderStoreId(getDb(), orderId));
    const photo = getDb()
      .select()
      .from(orderPhotos)
      .where(and(eq(orderPhotos.id, parseId(photoId, "A photo id")), eq(orderPhotos.orderId, orderId)))
      .get();
    if (!photo) throw new HttpError(404, "PHOTO_NOT_FOUND", "There is no such photo on this order");
    return storedFileResponse(readFile(photo.sha256), photo.mimeType, `order-${orderId}-bag-${photo.id}`);
  });
}
