import { getDb } from "@/db/client";
import { parseId } from "@/server/rest/order-access";
import { HttpError, respond } from "@/server/rest/respond";
import { requireStaffOf } from "@/server/http/session";
import { actorOf } from "@/server/services/actor";
import { MAX_PHOTO_BYTES, addBagPhoto } from "@/server/services/add-bag-photo";
import { orderStoreId } from "@/server/services/order-views";

export const dynamic = "force-dynamic";

/** A photo of the packed bag from the tablet: multipart form, field `photo`. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const orderId = parseId((await params).id, "An order id");
    const principal = requireStaffOf(request, orderStoreId(getDb(), orderId));
    if (Number(request.headers.get("content-length") ?? 0) > MAX_PHOTO_BYTES + 64 * 1024) {
      throw new HttpError(413, "PAYLOAD_TOO_LARGE", `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
    }
    let photo: FormDataEntryValue | null;
    try {
      photo = (await request.formData()).get("photo");
    } catch {
      throw new HttpError(400, "INVALID_INPUT", "Send the photo as multipart/form-data in the field `photo`");
    }
    if (!(photo instanceof File)) throw new HttpError(400, "INVALID_INPUT", "Attach the photo in the field `photo`");
    const { event } = addBagPhoto({ orderId, bytes: new Uint8Array(await photo.arrayBuffer()), actor: actorOf(principal) });
    return Response.json({ photo: { id: event.data?.photoId } }, { status: 201 });
  });
}
