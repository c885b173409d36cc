import { describe, expect, it } from "vitest";
import { csvLine } from "./csv";

describe("a CSV line", () => {
  it("quotes fields with commas, quotes and line breaks, and leaves the rest alone", async () => {
    expect(csvLine(["Jane Doe", 'Say "hi"', "a,b", "two\nlines", 2801, null])).toBe('Jane Doe,"Say ""hi""","a,b","two\nlines",2801,\r\n');
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("neutralizes text that a spreadsheet would run: %s", (value, written) => {
    const line = csvLine([value]).slice(0, -2);
    expect(line.replace(/^"|"$/g, "")).toBe(written);
  });

  it("keeps our own numbers as numbers", async () => {
    expect(csvLine([-150, 0])).toBe("-150,0\r\n");
  });
});
