import { describe, expect, it } from "vitest";
import { sniffType } from "./file-type";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === "string" ? [...value].map((c) => c.charCodeAt(0)) : [value])));

describe("telling a file's type from its bytes", () => {
  it.each([
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["a PNG", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    ["a WebP", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["a PDF", bytes("%PDF-1.7\n"), "application/pdf"],
  ])("knows %s", (_, content, type) => {
    expect(sniffType(content)).toBe(type);
  });

  it.each([
    ["a text file named .png", bytes("hello, this is not a picture")],
    ["a RIFF that is not WebP", bytes("RIFF", 0, 0, 0, 0, "WAVEfmt ")],
    ["an empty file", bytes()],
    ["half a PNG signature", bytes(0x89, "PN")],
  ])("refuses %s", (_, content) => {
    expect(sniffType(content)).toBeNull();
  });
});
