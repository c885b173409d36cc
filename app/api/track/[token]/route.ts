import { respond } from "@/server/rest/respond";
import { trackOrder } from "@/server/services/tracking";

export const dynamic = "force-dynamic";

/** The customer's view of their order, by the token in their tracking link (no sign-in: the token is the key). */
export function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return respond(request, async () => Response.json({ tracking: await trackOrder((await params).token) }, { headers: { "cache-control": "no-store" } }));
}
