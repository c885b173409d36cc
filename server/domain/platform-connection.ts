import { z } from "zod";
import { ZPlatform } from "./platforms";

export const ZSigningSecret = z
  .string()
  .trim()
  .regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, "A signing secret is whsec_ followed by at least 24 bytes in base64");

/** What an admin sets for one store and platform. Several secrets are kept only while a rotation is under way. */
export const ZConnectionSettings = z
  .object({
    storeId: z.string().min(1).max(64),
    platform: ZPlatform,
    enabled: z.boolean(),
    endpointUrl: z.url({ protocol: /^https?$/, error: "An http:// or https:// address" }).max(500).nullable(),
    signingSecrets: z.array(ZSigningSecret).max(3, "Keep at most three secrets: the new one and those being retired"),
    acceptDeadlineMinutes: z.number().min(1).max(60).multipleOf(0.5),
  })
  .refine((settings) => !settings.enabled || settings.signingSecrets.length > 0, {
    message: "A connected platform needs a signing secret",
    path: ["signingSecrets"],
  });
export type ConnectionSettings = z.infer<typeof ZConnectionSettings>;
