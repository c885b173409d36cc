import type { Platform } from "@/server/domain/platforms";

// The demo's well-known credentials: in the README, for local use only. A real deployment makes its
// own tokens and secrets. Kept apart from the seeding code so tests and tools can read them freely.

/** For `npm run simulate` against the demo only. */
export const DEMO_TOKEN_SECRET = "ob_demo_simulator_local_only";
/** The demo's one signing secret, for every store and platform. */
export const DEMO_WEBHOOK_SECRET = "whsec_b3JkZXJib2FyZC1kZW1vLXdlYmhvb2stc2VjcmV0LWxvY2Fs";
/** Where `npm run simulate` listens for the notifications the demo sends to its platforms. */
export const DEMO_RECEIVER_PORT = 4319;

export const demoReceiverUrl = (platform: Platform) => `http://127.0.0.1:${DEMO_RECEIVER_PORT}/${platform}`;
