import { describe, expect, it } from "vitest";
import { ZPrepMinutes } from "@/server/domain/prep-time";
import { prepFormValues, prepTimeForm } from "./prep-time-form";

const form = prepTimeForm("minutes?");

describe("the prep time form", () => {
  it("opens on the preset that fits, else on the typed minutes", () => {
    expect(prepFormValues(15)).toEqual({ choice: "15", custom: "" });
    expect(prepFormValues(25)).toEqual({ choice: "custom", custom: "25" });
  });

  it("reads a preset or typed minutes into what the server accepts", () => {
    expect(form.parse({ choice: "20", custom: "" })).toBe(20);
    expect(form.parse({ choice: "20", custom: "oops" })).toBe(20);
    expect(form.parse({ choice: "custom", custom: " 45 " })).toBe(45);
    expect(ZPrepMinutes.parse(form.parse(prepFormValues(240)))).toBe(240);
  });

  it("refuses, under the typed minutes and in the screen's words, what the server refuses", () => {
    for (const custom of ["", "0", "241", "7.5", "soon"]) {
      const result = form.safeParse({ choice: "custom", custom });
      expect(ZPrepMinutes.safeParse(Number(custom || Number.NaN)).success, custom).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]), custom).toEqual([["custom", "minutes?"]]);
    }
  });
});
