import { PLATFORMS } from "@/server/domain/platforms";
import { DEFAULT_ACCEPT_DEADLINE_SECONDS } from "@/server/domain/platform-timing";
import { obviousDestinationProblem } from "@/server/integrations/destination";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { saveConnection } from "@/server/services/platform-connections";
import { DEMO_RECEIVER_PORT, DEMO_WEBHOOK_SECRET, demoReceiverUrl } from "./demo-credentials";


/**
 * Connects every demo store to every platform, pointed at the simulator's receiver when the
 * deployment allows that loopback address (`npm start` does); otherwise the platforms hear nothing.
 */
export async function connectDemoPlatforms(storeIds: string[]) {
  const reachable = obviousDestinationProblem(demoReceiverUrl("doordash")) === null;
  if (!reachable) console.log(`Demo notifications are off: ORDERBOARD_PRIVATE_ENDPOINTS does not name 127.0.0.1:${DEMO_RECEIVER_PORT} (npm start sets it).`);
  for (const storeId of storeIds) {
    for (const platform of PLATFORMS) {
      await saveConnection(
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
