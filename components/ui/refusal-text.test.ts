import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { applyCartChanges, type CartLine } from "@/server/domain/cart";
import { InvalidOrder } from "@/server/domain/errors";
import { refusalText, type Failure } from "./refusal-text";

const spanish = (failure: Failure) => refusalText(failure, "es-US", createTranslator({ locale: "es-US", messages: MESSAGES["es-US"] }));
const english = (failure: Failure) => refusalText(failure, "en-US", createTranslator({ locale: "en-US", messages: MESSAGES["en-US"] }));

const burger: CartLine = { id: 7, name: "Burger", quantity: 2, unit_price_cents: 1250, modifiers: [], special_instructions: null, removed: false, replacesItemId: null };
/** The refusal a cart change meets, as tRPC hands it to the tablet. */
function refusalOf(changes: Parameters<typeof applyCartChanges>[1]): Failure {
  try {
    applyCartChanges([burger], changes);
  } catch (error) {
    if (error instanceof InvalidOrder) return { message: error.message, data: { domainCode: error.code, problems: error.problems } };
  }
  throw new Error("The change was not refused");
}

describe("a refusal in the screen's language", () => {
  it("says each of a cart change's problems in Spanish, with its details", () => {
    expect(spanish(refusalOf([{ op: "quantity", item_id: 7, quantity: 2 }]))).toBe("Burger ya tiene 2.");
    expect(spanish(refusalOf([{ op: "remove", item_id: 99 }]))).toBe("El artículo 99 ya no está en este pedido.");
    expect(spanish(refusalOf([{ op: "remove", item_id: 7 }]))).toBe("Un pedido necesita al menos un artículo: cancela el pedido en su lugar.");
  });

  it("keeps the server's own English on an English screen", () => {
    expect(english(refusalOf([{ op: "quantity", item_id: 7, quantity: 2 }]))).toBe("Burger is already 2");
  });

  it("falls back to the refusal's code, then to a server it could not reach, then to the server's words", () => {
    expect(spanish({ message: "subtotal_cents is 1 but the items add up to 2", data: { domainCode: "INVALID_ORDER", problems: [{}] } })).toBe("El pedido no admite ese cambio.");
    expect(spanish({ message: "Failed to fetch" })).toBe("No se pudo conectar con el servidor. Revisa la conexión e inténtalo de nuevo.");
    expect(spanish({ message: "Something odd", data: { domainCode: "SOMETHING_NEW" } })).toBe("Something odd");
  });
});
