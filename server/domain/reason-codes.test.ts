import { describe, expect, it } from "vitest";
import { REASON_CODES, ZReason } from "./reason-codes";

describe("cancel and deny reasons", () => {
  it.each(REASON_CODES.filter((code) => code !== "OTHER"))("%s needs no message", (code) => {
    expect(ZReason.parse({ code })).toEqual({ code, message: "" });
  });

  it("OTHER refuses an empty or blank message, on the message field", () => {
    for (const message of [undefined, "", "   "]) {
      const result = ZReason.safeParse({ code: "OTHER", message });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["message"]);
    }
  });

  it("OTHER keeps the trimmed message", () => {
    expect(ZReason.parse({ code: "OTHER", message: "  Fryer broke  " })).toEqual({ code: "OTHER", message: "Fryer broke" });
  });

  it("refuses codes outside the list", () => {
    expect(ZReason.safeParse({ code: "BORED" }).success).toBe(false);
  });
});
