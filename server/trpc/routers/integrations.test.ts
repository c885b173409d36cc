import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { platformConnections } from "@/db/schema";
import { newSigningSecret } from "@/server/integrations/signature";
import { makeStore } from "@/test-support/orders";
import { callerWith, makeEmployee, signInAs } from "@/test-support/people";
import { rejected } from "@/test-support/refusals";

const storeId = await makeStore();
let admin: ReturnType<typeof callerWith>["caller"];

beforeAll(async () => {
  admin = callerWith((await signInAs((await makeEmployee("admin", [])).id)).token).caller;
});

const settings = {
  storeId,
  platform: "uber_eats" as const,
  enabled: true,
  endpointUrl: "https://hooks.example.com/orderboard",
  signingSecrets: [newSigningSecret()],
  acceptDeadlineMinutes: 11.5,
};

describe("integrations.saveConnection", () => {
  it("saves a store's platform settings and lists them, every other platform shown as not connected", async () => {
    await admin.integrations.saveConnection(settings);
    const store = (await admin.integrations.connections()).find((entry) => entry.store.id === storeId)!;
    expect(store.connections.map((c) => [c.platform, c.connected, c.acceptDeadlineSeconds])).toEqual([
      ["doordash", false, 480],
      ["uber_eats", true, 690],
      ["grubhub", false, 600],
      ["luladirect", false, 900],
      ["direct", false, 600],
    ]);
    expect(store.connections[1]).toMatchObject({ endpointUrl: settings.endpointUrl, signingSecrets: settings.signingSecrets });
  });

  it.each([
    ["an address that is not http(s)", { endpointUrl: "ftp://hooks.example.com" }, "endpointUrl"],
    ["a secret that is not whsec_ and base64", { signingSecrets: ["hunter2"] }, "signingSecrets"],
    ["an enabled connection without a secret", { signingSecrets: [] }, "signingSecrets"],
    ["more than three secrets", { signingSecrets: [1, 2, 3, 4].map(() => newSigningSecret()) }, "signingSecrets"],
    ["a deadline of half a minute", { acceptDeadlineMinutes: 0.5 }, "acceptDeadlineMinutes"],
  ])("refuses %s, naming the field, and writes nothing", async (_case, change, field) => {
    const before = (await getDb().select().from(platformConnections));
    const error = (await rejected(admin.integrations.saveConnection({ ...settings, platform: "grubhub", ...change }))) as TRPCError;
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain(field);
    expect((await getDb().select().from(platformConnections))).toEqual(before);
  });

  it("refuses an unknown store with not found", async () => {
    expect(((await rejected(admin.integrations.saveConnection({ ...settings, storeId: "nowhere" }))) as TRPCError).code).toBe("NOT_FOUND");
  });
});
