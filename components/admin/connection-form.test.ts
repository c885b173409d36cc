import { describe, expect, it } from "vitest";
import { connectionForm, connectionFormValues } from "./connection-form";

const SECRET = `whsec_${"A".repeat(32)}`;
const stored = { storeId: "oak-park", platform: "luladirect" as const, enabled: true, endpointUrl: null, signingSecrets: [SECRET], acceptDeadlineSeconds: 450 };
const form = connectionForm(stored);
const problems = (typed: Partial<ReturnType<typeof connectionFormValues>>) => {
  const result = form.safeParse({ ...connectionFormValues(stored), ...typed });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the platform connection form", () => {
  it("opens on the connection as stored and saves it unchanged", () => {
    expect(connectionFormValues(stored)).toEqual({ enabled: true, endpointUrl: "", signingSecrets: [SECRET], acceptDeadlineMinutes: "7.5" });
    expect(form.parse(connectionFormValues(stored))).toEqual({ storeId: "oak-park", platform: "luladirect", enabled: true, endpointUrl: null, signingSecrets: [SECRET], acceptDeadlineMinutes: 7.5 });
  });

  it("reads an endpoint and a deadline as typed", () => {
    expect(form.parse({ ...connectionFormValues(stored), endpointUrl: " https://example.com/hook ", acceptDeadlineMinutes: "8" })).toMatchObject({ endpointUrl: "https://example.com/hook", acceptDeadlineMinutes: 8 });
  });

  it("refuses field by field what the server refuses, then the server's own rules across fields", () => {
    expect(problems({ endpointUrl: "ftp://example.com", acceptDeadlineMinutes: "7.25" })).toEqual({
      endpointUrl: "An http:// or https:// address, or blank for none",
      acceptDeadlineMinutes: "From 1 to 60 minutes, in steps of half a minute",
    });
    expect(problems({ acceptDeadlineMinutes: "" })).toEqual({ acceptDeadlineMinutes: "From 1 to 60 minutes, in steps of half a minute" });
    expect(problems({ signingSecrets: [] })).toEqual({ signingSecrets: "A connected platform needs a signing secret" });
    expect(problems({ signingSecrets: [], enabled: false })).toEqual({});
    expect(problems({ signingSecrets: ["whsec_short"] })).toEqual({ "signingSecrets.0": "A signing secret is whsec_ followed by at least 24 bytes in base64" });
  });
});
