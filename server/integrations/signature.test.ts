import { describe, expect, it } from "vitest";
import { newSigningSecret, signatureHeader, signedHeaders, verifySignature } from "./signature";

const now = Date.UTC(2026, 10, 24, 18, 0, 0);
const body = Buffer.from('{"event_type":"order_created"}');
const secret = newSigningSecret();

function headersFor(secrets: string[], at = now, id = "msg_1") {
  const signed = signedHeaders(secrets, id, body, at);
  return { id: signed["webhook-id"], timestamp: signed["webhook-timestamp"], signature: signed["webhook-signature"] };
}

describe("Standard Webhooks signatures", () => {
  it("accepts a delivery signed with the configured secret", async () => {
    expect(verifySignature([secret], headersFor([secret]), body, now)).toEqual({ ok: true });
  });

  it("matches the specification's published test vector", async () => {
    // From the Standard Webhooks reference libraries' test suite.
    const vectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const header = signatureHeader([vectorSecret], "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}');
    expect(header).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("refuses a signature made with another secret", async () => {
    const check = verifySignature([secret], headersFor([newSigningSecret()]), body, now);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining("No signature matches") });
  });

  it("refuses a body changed after signing", async () => {
    expect(verifySignature([secret], headersFor([secret]), Buffer.from('{"event_type":"order_cancelled"}'), now).ok).toBe(false);
  });

  it("refuses timestamps more than five minutes old or ahead, and accepts one just inside", async () => {
    const sixMinutes = 6 * 60_000;
    expect(verifySignature([secret], headersFor([secret], now - sixMinutes), body, now)).toEqual({ ok: false, reason: expect.stringContaining("5 minutes") });
    expect(verifySignature([secret], headersFor([secret], now + sixMinutes), body, now).ok).toBe(false);
    expect(verifySignature([secret], headersFor([secret], now - 4 * 60_000), body, now).ok).toBe(true);
  });

  it("during a rotation accepts either secret, and a sender may sign with both", async () => {
    const next = newSigningSecret();
    expect(verifySignature([next, secret], headersFor([secret]), body, now).ok).toBe(true);
    expect(verifySignature([next, secret], headersFor([next]), body, now).ok).toBe(true);
    expect(verifySignature([secret], headersFor([next, secret]), body, now).ok).toBe(true);
    expect(verifySignature([next], headersFor([secret]), body, now).ok).toBe(false);
  });

  it("refuses missing headers, unversioned signatures and malformed timestamps", async () => {
    const good = headersFor([secret]);
    expect(verifySignature([secret], { ...good, signature: null }, body, now).ok).toBe(false);
    expect(verifySignature([secret], { ...good, id: null }, body, now).ok).toBe(false);
    expect(verifySignature([secret], { ...good, signature: good.signature.replace("v1,", "v2,") }, body, now).ok).toBe(false);
    expect(verifySignature([secret], { ...good, timestamp: "1.7e9" }, body, now).ok).toBe(false);
  });

  it("binds the signature to the webhook id: the same body under another id does not verify", async () => {
    const signed = headersFor([secret], now, "msg_1");
    expect(verifySignature([secret], { ...signed, id: "msg_2" }, body, now).ok).toBe(false);
  });

  it("refuses everything when no secret is configured", async () => {
    expect(verifySignature([], headersFor([secret]), body, now).ok).toBe(false);
  });
});
