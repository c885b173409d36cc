import { PLATFORMS, type Platform } from "@/server/domain/platforms";
import { DEFAULT_ACCEPT_DEADLINE_SECONDS } from "@/server/domain/platform-timing";
import { obviousDestinationProblem } from "@/server/integrations/destination";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { saveConnection } from "@/server/services/platform-connections";

/** The demo's one signing secret, for every store and platform. Local use only: it is in the README. */
export const DEMO_WEBHOOK_SECRET = "whsec_b3JkZXJib2FyZC1kZW1vLXdlYmhvb2stc2VjcmV0LWxvY2Fs";
/** Where `npm run simulate` listens for the notifications the demo sends to its platforms. */
export const DEMO_RECEIVER_PORT = 4319;

export const demoReceiverUrl = (platform: Platform) => `http://127.0.0.1:${DEMO_RECEIVER_PORT}/${platform}`;

/**
 * Connects every demo store to every platform, pointed at the simulator's receiver when the
 * deployment allows that loopback address (`npm start` does); otherwise the platforms hear nothing.
 */
export function connectDemoPlatforms(storeIds: string[]) {
  const reachable = obviousDestinationProblem(demoReceiverUrl("doordash")) === null;
  if (!reachable) console.log(`Demo notifications are off: ORDERBOARD_PRIVATE_ENDPOINTS does not name 127.0.0.1:${DEMO_RECEIVER_PORT} (npm start sets it).`);
  for (const storeId of storeIds) {
    for (const platform of PLATFORMS) {
      saveConnection(
        {
          storeId,
          platform,
          enabled: true,
          endpointUrl: reachable ? demoReceiverUrl(platform) : null,
          signingSecrets: [DEMO_WEBHOOK_SECRET],
          acceptDeadlineMinutes: DEFAULT_ACCEPT_DEADLINE_SECONDS[platform] / 60,
        },
        SYSTEM_ACTOR,
      );
    }
  }
}
