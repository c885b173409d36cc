// Where the tests find Chromium: Playwright cannot download its own browser here, so we use the system's.
import fs from "node:fs";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

export function findChromium(): string | null {
  return CANDIDATES.find((candidate) => candidate && fs.existsSync(candidate)) ?? null;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
