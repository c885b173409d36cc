import { z } from "zod";

export const PLATFORMS = ["doordash", "uber_eats", "grubhub", "luladirect"] as const;
export const ZPlatform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof ZPlatform>;

export const PLATFORM_LABELS: Record<Platform, string> = {
  doordash: "DoorDash",
  uber_eats: "Uber Eats",
  grubhub: "Grubhub",
  luladirect: "LulaDirect",
};
