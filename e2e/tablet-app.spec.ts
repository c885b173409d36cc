import { expect, test } from "@playwright/test";

/** A PNG's width and height, from its header. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)].join("x");

test("the web manifest makes the board installable: standalone, landscape, PNG icons of 192 and 512 px and a maskable one", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Orderboard", start_url: "/", display: "standalone", orientation: "landscape" });
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
  for (const wanted of [
    { sizes: "192x192", purpose: "any" },
    { sizes: "512x512", purpose: "any" },
    { sizes: "512x512", purpose: "maskable" },
  ]) {
    const icon = icons.find((candidate) => candidate.type === "image/png" && candidate.sizes === wanted.sizes && candidate.purpose === wanted.purpose);
    expect(icon, JSON.stringify(wanted)).toBeDefined();
    const response = await request.get(icon!.src);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toBe(wanted.sizes);
  }
});

test("the service worker is served for the whole app, as a script", async ({ request }) => {
  const response = await request.get("/serwist/sw.js");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/javascript/);
  expect(response.headers()["service-worker-allowed"]).toBe("/");
});
