import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES, negotiateLocale, pickLocale } from "./locale";

describe("the screens' language", () => {
  it.each([
    ["es-MX,es;q=0.9,en;q=0.8", "es-US"],
    ["en-GB,en;q=0.9,es;q=0.8", "en-US"],
    ["fr-FR,es;q=0.7,en;q=0.5", "es-US"],
    ["fr-FR,en;q=0.5,es;q=0.7", "es-US"],
    ["de-DE,fr;q=0.9", "en-US"],
    ["es;q=0,en", "en-US"],
    ["ES", "es-US"],
    ["", "en-US"],
    [null, "en-US"],
  ])("Accept-Language %j speaks %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("follows the tablet's choice over the browser, and ignores a choice it does not speak", () => {
    expect(pickLocale("es-US", "en-US,en")).toBe("es-US");
    expect(pickLocale("en-US", "es-ES")).toBe("en-US");
    expect(pickLocale("fr-FR", "es-ES")).toBe("es-US");
    expect(pickLocale(undefined, "es-ES")).toBe("es-US");
  });

  it("always answers a language it speaks, whatever the header says", () => {
    fc.assert(fc.property(fc.string(), (header) => (LOCALES as readonly string[]).includes(negotiateLocale(header))));
  });
});
