import { describe, expect, it } from "vitest";
import { describeModifier, mentionsAllergy, readModifierName } from "./modifiers";

describe("modifiers read the kitchen's way", () => {
  it.each([
    [{ name: "Onion", action: "remove", quantity: 1 }, "No onion"],
    [{ name: "Cheese", action: "extra", quantity: 1 }, "Extra cheese"],
    [{ name: "Bacon", action: "add", quantity: 1 }, "Add bacon"],
    [{ name: "Ice", action: "light", quantity: 1 }, "Light ice"],
    [{ name: "Dressing", action: "side", quantity: 1 }, "Dressing on the side"],
    [{ name: "Brown rice", action: "choice", quantity: 1 }, "Brown rice"],
    [{ name: "Shot", action: "extra", quantity: 2 }, "2 × Extra shot"],
  ] as const)("%o reads %s", (modifier, text) => {
    expect(describeModifier(modifier)).toBe(text);
  });
});

describe("a modifier's action read from its name, for platforms that do not say", () => {
  it.each([
    ["No Onion", "add", { name: "Onion", action: "remove" }],
    ["without ketchup", "choice", { name: "ketchup", action: "remove" }],
    ["Hold the mayo", "add", { name: "mayo", action: "remove" }],
    ["Extra cheese", "choice", { name: "cheese", action: "extra" }],
    ["Light ice", "choice", { name: "ice", action: "light" }],
    ["Ranch on the side", "choice", { name: "Ranch", action: "side" }],
    ["Bacon", "add", { name: "Bacon", action: "add" }],
    ["Notorious sauce", "choice", { name: "Notorious sauce", action: "choice" }],
  ] as const)("%s (default %s)", (name, fallback, read) => {
    expect(readModifierName(name, fallback)).toEqual(read);
  });
});

describe("notes a kitchen must not miss", () => {
  it("tells a note about an allergy from other notes", () => {
    for (const note of ["Peanut allergy!", "ALLERGIC to shellfish", "celiac, no gluten please", "severe nut allergy - epipen", "no dairy"]) expect(mentionsAllergy(note), note).toBe(true);
    for (const note of ["Cut in half", "Extra napkins", "Ring the bell", "Knock twice", null]) expect(mentionsAllergy(note), String(note)).toBe(false);
  });
});
