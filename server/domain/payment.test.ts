import { describe, expect, it } from "vitest";
import { channelFromHeaders } from "./channel";
import { collectLine, paymentProblems } from "./payment";

describe("payment", () => {
  it("lets only a drive-thru order arrive unpaid", () => {
    expect(paymentProblems({ method: "cash", paid: false }, "drive_thru", 2450)).toEqual([]);
    for (const fulfillment of ["pickup", "delivery", "curbside", "dine_in", "merchant_delivery"] as const) {
      expect(paymentProblems({ method: "cash", paid: false }, fulfillment, 2450).map((p) => p.path.join("."))).toEqual(["payment.paid"]);
    }
  });

  it("refuses an unpaid order said to be paid on the platform, and cash tendered that is not cash or not enough", () => {
    expect(paymentProblems({ method: "platform", paid: false }, "drive_thru", 100).map((p) => p.path.join("."))).toEqual(["payment.method"]);
    expect(paymentProblems({ method: "card", paid: false, cash_tendered_cents: 3000 }, "drive_thru", 2450).map((p) => p.message)).toEqual(["cash_tendered_cents is for cash payments only"]);
    expect(paymentProblems({ method: "cash", paid: false, cash_tendered_cents: 2000 }, "drive_thru", 2450).map((p) => p.message)).toEqual(["cash_tendered_cents is less than the order's total"]);
  });

  it("says what to collect, with the change from the note the customer hands over", () => {
    const order = { paid: false, paymentMethod: "cash" as const, cashTenderedCents: 3000, totalCents: 2450, currency: "USD" };
    expect(collectLine(order)).toBe("Collect $24.50 · cash · change from $30.00: $5.50");
    expect(collectLine({ ...order, cashTenderedCents: null })).toBe("Collect $24.50 · cash");
    expect(collectLine({ ...order, paymentMethod: "card" })).toBe("Collect $24.50 · card");
    expect(collectLine({ ...order, paid: true })).toBeNull();
  });
});

describe("channel from the headers", () => {
  it("reads X-App-Channel, or its older alias X-APP-X, in any case", () => {
    expect(channelFromHeaders(new Headers({ "X-App-Channel": " Kiosk " }))).toEqual({ channel: "kiosk" });
    expect(channelFromHeaders(new Headers({ "X-APP-X": "ios" }))).toEqual({ channel: "ios" });
    expect(channelFromHeaders(new Headers())).toEqual({ channel: null });
  });

  it("names the header and the channels when it names none of them", () => {
    expect(channelFromHeaders(new Headers({ "x-app-x": "fax" })).problem).toBe("X-APP-X must be one of platform_app, web, ios, android, kiosk, phone, pos");
  });
});
