import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium";

/**
 * `E2E_BASE_URL=https://staging… npm run test:e2e` drives an instance that is already running (seeded
 * with the demo people, stores and integrator token: docs/qa.md) and starts no server of its own;
 * the flows that start production servers of their own are left out.
 */
const remote = process.env.E2E_BASE_URL?.replace(/\/$/, "");

// Playwright loads this file in the runner and in every worker; the runner picks a free port and a
// fresh database once, and the workers inherit them through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})',
]).toString();
if (!remote) process.env.E2E_DB ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-e2e-")), "e2e.db");

const port = Number(process.env.E2E_PORT);
const baseURL = remote ?? `http://127.0.0.1:${port}`;

/** The production build (`next build` runs before the tests), on the demo data, in a throwaway database. */
const localServer = {
  command: `npm run serve -- -p ${port} -H 127.0.0.1`,
  url: `${baseURL}/readyz`,
  reuseExistingServer: false,
  timeout: 120_000,
  // Test receivers for platform notifications listen on loopback.
  env: { ORDERBOARD_DB: process.env.E2E_DB!, ORDERBOARD_PRIVATE_ENDPOINTS: "127.0.0.1" },
  stdout: "ignore" as const,
};

/** Videos need Playwright's own ffmpeg (`npx playwright install ffmpeg`), which this network cannot fetch. */
const browsersPath = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), ".cache/ms-playwright");
const canRecord = fs.existsSync(browsersPath) && fs.readdirSync(browsersPath).some((entry) => entry.startsWith("ffmpeg"));

export default defineConfig({
  testDir: "e2e",
  // Guards against hangs, not speed targets: two workers' browsers and the production server share 2
  // cores, and a heavy first render (the API reference, a board with every spec's orders) has taken
  // over 10 s there. Specs that promise a time (a board noticing a restart within 5 s) say so themselves.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 2,
  forbidOnly: true,
  // The list as it runs, and an HTML report (`npx playwright show-report`) with each failed flow's trace, screenshot and video.
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  projects: [
    { name: "board", testIgnore: /own-server/ },
    // Specs that start production servers of their own (attacks, restarts) run after the rest, so they never starve it.
    ...(remote ? [] : [{ name: "own servers", testMatch: /\.own-server\.spec\.ts$/, dependencies: ["board"] }]),
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    video: canRecord ? "retain-on-failure" : "off",
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    // The flows read the English screens; e2e/spanish.spec.ts asks for Spanish itself.
    locale: "en-US",
    // The service worker is tested where it is the subject (e2e/restarts.own-server.spec.ts); elsewhere
    // a flow sees the server's own answers, never a kept copy.
    serviceWorkers: "block",
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  webServer: remote ? undefined : localServer,
});
