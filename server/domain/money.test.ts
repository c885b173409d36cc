import { describe, expect, it } from "vitest";
import { centsFromDollars, decimalAmount, optionalCentsFromDollars, formatMoney, lineTotalCents, subtotalCents, totalCents } from "./money";

describe("money in minor units", () => {
  it("prices a line with its modifiers, per unit", () => {
    const line = { quantity: 3, unit_price_cents: 1195, modifiers: [{ quantity: 2, price_cents: 150 }, { quantity: 1, price_cents: 0 }] };
    expect(lineTotalCents(line)).toBe(3 * (1195 + 300));
  });

  it("sums lines into a subtotal without float drift", () => {
    const tenCents = { quantity: 1, unit_price_cents: 10, modifiers: [] };
    expect(subtotalCents(Array.from({ length: 3 }, () => tenCents))).toBe(30);
    expect(subtotalCents([])).toBe(0);
  });

  it("adds tax, tip and fees and takes the discount off", () => {
    expect(totalCents({ subtotal_cents: 2500, tax_cents: 225, tip_cents: 300, fees_cents: 199, discount_cents: 500 })).toBe(2724);
  });

  it("formats by the currency's own decimals", () => {
    expect(formatMoney(2801, "USD")).toBe("$28.01");
    expect(formatMoney(5, "USD")).toBe("$0.05");
    expect(formatMoney(1500, "JPY")).toBe("¥1,500");
  });

  it("writes plain decimals for spreadsheets, by the same decimals", () => {
    expect(decimalAmount(2801, "USD")).toBe("28.01");
    expect(decimalAmount(5, "USD")).toBe("0.05");
    expect(decimalAmount(0, "USD")).toBe("0.00");
    expect(decimalAmount(123456, "USD")).toBe("1234.56");
    expect(decimalAmount(1500, "JPY")).toBe("1500");
  });
});

describe("centsFromDollars", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["$12.50", 1250],
    [" 0.07 ", 7],
    ["0.5", 50],
  ])("reads %s as %i cents", (text, cents) => {
    expect(centsFromDollars(text)).toBe(cents);
  });

  it.each(["", "twelve", "12.505", "-3", "1,200", "1e3"])("refuses %j", (text) => {
    expect(centsFromDollars(text)).toBeNull();
  });
});

describe("optionalCentsFromDollars", () => {
  it("reads blank as none and what is not an amount as NaN, which no cents schema accepts", () => {
    expect(optionalCentsFromDollars("  ")).toBeNull();
    expect(optionalCentsFromDollars("4.50")).toBe(450);
    expect(optionalCentsFromDollars("4.505")).toBeNaN();
  });
});
