import { parseId } from "@/server/http/path-id";
import { authorizeSession } from "@/server/http/session";
import { storedFileResponse } from "@/server/http/stored-file-response";
import { respond } from "@/server/rest/respond";
import { bagPhoto } from "@/server/services/stored-files";

export const dynamic = "force-dynamic";

/** A kept photo, only for people who may see the order's store. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  return respond(request, async () => {
    const { id, photoId } = await params;
    const orderId = parseId(id, "An order id");
    await authorizeSession(request, "orders.read", { orderId });
    const { bytes, mimeType, name } = await bagPhoto(orderId, parseId(photoId, "A photo id"));
    return storedFileResponse(bytes, mimeType, name);
  });
}
