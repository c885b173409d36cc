import { z } from "zod";

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
