import { PLATFORM_LABELS, ZPlatform } from "@/server/domain/platforms";
import { fromWebRequest } from "@/server/http/api-request";
import { errorResponse, readJsonBytes, respond } from "@/server/rest/respond";
import { signatureHeadersOf } from "@/server/integrations/signature";
import { receiveWebhook } from "@/server/services/receive-webhook";
import { log } from "@/server/log/logger";

/** A platform's signed delivery: 200 once taken (applied, repeated or quarantined), 401 unsigned, 503 if we could not store it. */
export async function POST(request: Request, { params }: { params: Promise<{ platform: string }> }) {
  return respond(request, async () => {
    const platform = ZPlatform.safeParse((await params).platform);
    if (!platform.success) return errorResponse(404, "UNKNOWN_PLATFORM", `Webhooks are taken from ${Object.values(PLATFORM_LABELS).join(", ")}`);
    const body = await readJsonBytes(fromWebRequest(request));
    let receipt;
    try {
      receipt = await receiveWebhook(platform.data, signatureHeadersOf(request.headers), body);
    } catch (error) {
      // Our storage failed, not the delivery: the platform should send it again.
      log.error({ err: error, platform: platform.data }, "Webhook could not be stored");
      const refusal = errorResponse(503, "UNAVAILABLE", "The delivery could not be stored; send it again");
      refusal.headers.set("retry-after", "30");
      return refusal;
    }
    if (receipt.status === 401) return errorResponse(401, "BAD_SIGNATURE", receipt.reason);
    return Response.json({ received: true, outcome: receipt.outcome, duplicate: receipt.duplicate, order_id: receipt.orderId, detail: receipt.detail });
  });
}
