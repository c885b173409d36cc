import { parseId } from "@/server/http/path-id";
import { readUpload } from "@/server/http/read-upload";
import { authorizeSession } from "@/server/http/session";
import { respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { MAX_PHOTO_BYTES, addBagPhoto } from "@/server/services/add-bag-photo";

export const dynamic = "force-dynamic";

/** A photo of the packed bag from the tablet: multipart form, field `photo`. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const orderId = parseId((await params).id, "An order id");
    const principal = await authorizeSession(request, "orders.write", { orderId });
    const { bytes } = await readUpload(request, "photo", MAX_PHOTO_BYTES);
    const { event } = await addBagPhoto({ orderId, bytes, actor: actorOf(principal) });
    return Response.json({ photo: { id: event.data?.photoId } }, { status: 201 });
  });
}
