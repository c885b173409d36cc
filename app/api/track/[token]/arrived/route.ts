import { TransitionRefused } from "@/server/domain/errors";
import { ZArrival } from "@/server/domain/handover";
import { fromWebRequest } from "@/server/http/api-request";
import { HttpError } from "@/server/http/http-error";
import { readJson, respond } from "@/server/rest/respond";
import { customerArrived } from "@/server/services/tracking";

export const dynamic = "force-dynamic";

/** "I'm here", from the customer's tracking link: the store's boards raise the alarm. */
export function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return respond(request, async () => {
    const token = (await params).token;
    const arrival = ZArrival.parse(await readJson(fromWebRequest(request)));
    try {
      return Response.json({ tracking: await customerArrived(token, arrival) }, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      // A customer is told why, never shown the order as the store's systems hold it.
      if (error instanceof TransitionRefused) throw new HttpError(409, error.code, error.message);
      throw error;
    }
  });
}
