import { z } from "zod";
import type { Platform } from "./platforms";

/** Where the customer placed the order: the platform's own app, or one of the store's own channels. */
export const CHANNELS = ["platform_app", "web", "ios", "android", "kiosk", "phone", "pos"] as const;
export const ZChannel = z.enum(CHANNELS);
export type Channel = z.infer<typeof ZChannel>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  platform_app: "Platform app",
  web: "Web",
  ios: "iOS app",
  android: "Android app",
  kiosk: "Kiosk",
  phone: "Phone",
  pos: "POS",
};

/**
 * A `direct` order comes from one of the store's own channels and must say which; a marketplace's
 * order may come from any, its own app by default.
 */
export function channelProblems(platform: Platform, channel: Channel | undefined) {
  return platform === "direct" && (channel === undefined || channel === "platform_app")
    ? [{ path: ["channel"], message: "A direct order names the store's own channel it came through: web, ios, android, kiosk, phone or pos" }]
    : [];
}

/** The header naming the channel when the body does not (the older `X-APP-X` is read as the same). */
export const CHANNEL_HEADERS = ["x-app-channel", "x-app-x"] as const;

/** The channel a request's headers name, or null when they name none. Case and spaces do not matter. */
export function channelFromHeaders(headers: Headers): { channel: Channel | null; problem?: string } {
  const header = CHANNEL_HEADERS.find((name) => headers.has(name));
  if (!header) return { channel: null };
  const value = headers.get(header)!.trim().toLowerCase();
  const parsed = ZChannel.safeParse(value);
  return parsed.success ? { channel: parsed.data } : { channel: null, problem: `${header === "x-app-x" ? "X-APP-X" : "X-App-Channel"} must be one of ${CHANNELS.join(", ")}` };
}
