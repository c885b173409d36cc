import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { describeEvent as describe_ } from "./event-text";
import type { OrderEventItem } from "./types";

const event = (overrides: Partial<OrderEventItem>) =>
  ({ type: "advanced", fromStatus: null, toStatus: null, reasonCode: null, message: null, data: null, ...overrides }) as OrderEventItem;

const english = createTranslator({ locale: "en-US", messages: MESSAGES["en-US"] });
const spanish = createTranslator({ locale: "es-US", messages: MESSAGES["es-US"] });
const describeEvent = (item: OrderEventItem) => describe_(item, english);

describe("timeline lines", () => {
  it("says what moved, from where to where", () => {
    expect(describeEvent(event({ fromStatus: "bagging", toStatus: "ready" }))).toEqual({ title: "Moved", detail: "Bagging → Ready" });
  });

  it("adds the prep time of an acceptance", () => {
    expect(describeEvent(event({ type: "accepted", fromStatus: "incoming", toStatus: "accepted", data: { prepMinutes: 15 } })).detail).toBe(
      "Incoming → Accepted · prep 15 min",
    );
  });

  it("gives the reason and message of a cancellation", () => {
    const line = describeEvent(event({ type: "cancelled", fromStatus: "ready", toStatus: "cancelled", reasonCode: "OTHER", message: "Fryer broke" }));
    expect(line).toEqual({ title: "Cancelled", detail: "Ready → Cancelled · Other · “Fryer broke”" });
  });

  it("has no detail for an acknowledgement", () => {
    expect(describeEvent(event({ type: "acknowledged" }))).toEqual({ title: "Acknowledged", detail: null });
  });

  it("speaks the screen's language", () => {
    expect(describe_(event({ type: "accepted", fromStatus: "incoming", toStatus: "accepted", data: { prepMinutes: 15 } }), spanish)).toEqual({
      title: "Aceptado",
      detail: "Entrantes → Aceptados · preparación 15 min",
    });
  });
});
