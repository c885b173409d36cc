// Makes sure a Chromium is there for the Playwright tests: uses one already installed, else installs
// Debian's package when it can (root with apt), else stops and says what to install.
import { execSync } from "node:child_process";
import { findChromium } from "./chromium";

let found = findChromium();
if (!found) {
  const canApt = process.getuid?.() === 0 && execSync("command -v apt-get || true").toString().trim() !== "";
  if (canApt) {
    console.log("No Chromium found: installing Debian's chromium package…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    found = findChromium();
  }
}
if (!found) {
  console.error(
    "The end-to-end tests need Chromium and none was found.\n" +
      "Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary, then run the tests again.",
  );
  process.exit(1);
}
console.log(`Using Chromium at ${found}`);
