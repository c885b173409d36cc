import { z } from "zod";
import { typedField } from "@/components/ui/typed-field";
import { ZConnectionSettings } from "@/server/domain/platform-connection";
import type { Platform } from "@/server/domain/platforms";

const { endpointUrl, acceptDeadlineMinutes } = ZConnectionSettings.shape;

type Connection = { storeId: string; platform: Platform; enabled: boolean; endpointUrl: string | null; signingSecrets: string[]; acceptDeadlineSeconds: number };

/** A connection as its form opens: as stored, the deadline in minutes. */
export const connectionFormValues = (connection: Connection): ConnectionFormValues => ({
  enabled: connection.enabled,
  endpointUrl: connection.endpointUrl ?? "",
  signingSecrets: connection.signingSecrets,
  acceptDeadlineMinutes: String(connection.acceptDeadlineSeconds / 60),
});

/**
 * One store's connection to one platform as an admin edits it, read into the settings the server
 * saves and checked by the server's own schema: each typed field says what it takes, and the
 * rules across fields (a connected platform needs a secret) come from that schema as they are.
 */
export const connectionForm = ({ storeId, platform }: Pick<Connection, "storeId" | "platform">) =>
  z
    .object({
      enabled: z.boolean(),
      endpointUrl: typedField(endpointUrl, (text) => text.trim() || null, "An http:// or https:// address, or blank for none"),
      signingSecrets: z.array(z.string()),
      acceptDeadlineMinutes: typedField(acceptDeadlineMinutes, (text) => Number(text.trim() || Number.NaN), "From 1 to 60 minutes, in steps of half a minute"),
    })
    .transform((settings) => ({ storeId, platform, ...settings }))
    .pipe(ZConnectionSettings);
export type ConnectionFormValues = z.input<ReturnType<typeof connectionForm>>;
