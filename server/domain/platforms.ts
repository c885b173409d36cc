import { z } from "zod";

/** The delivery marketplaces that send us orders under their own names and formats. */
export const MARKETPLACES = ["doordash", "uber_eats", "grubhub", "luladirect"] as const;

/**
 * Where an order comes from: a marketplace, or `direct` for the store's own channels (its web shop,
 * app, kiosk, phone, POS), which speak Orderboard's own format and hear back at the store's own endpoint.
 */
export const PLATFORMS = [...MARKETPLACES, "direct"] as const;
export const ZPlatform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof ZPlatform>;

export const PLATFORM_LABELS: Record<Platform, string> = {
  doordash: "DoorDash",
  uber_eats: "Uber Eats",
  grubhub: "Grubhub",
  luladirect: "LulaDirect",
  direct: "Direct",
};
