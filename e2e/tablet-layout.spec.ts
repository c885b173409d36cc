import { expect, openBoard, PEOPLE, signIn, test } from "./fixtures";

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`the board fits a ${viewport.width}×${viewport.height} tablet with tap targets of at least 44 px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openBoard(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const sizes = await page.getByRole("button").evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        return { name: button.textContent, size: Math.min(box.width, box.height) };
      }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter(({ size }) => size < 44)).toEqual([]);
  });
}

test("dark theme by default, light on request, remembered by the tablet", async ({ page }) => {
  await openBoard(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
});

test("sound is offered until the page is touched", async ({ page }) => {
  // A tablet's browser starts audio suspended until a touch; headless Chromium does not, so start it suspended.
  await page.addInitScript(() => {
    const Native = window.AudioContext;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        super(options);
        void this.suspend();
      }
    };
  });
  await openBoard(page);
  const enable = page.getByRole("button", { name: "Enable sound" });
  await expect(enable).toBeVisible();
  await enable.click();
  await expect(enable).toBeHidden();
});

test("a manager's store picker lists both stores and opens a board; an unknown store says so", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.maya);
  await page.goto("/");
  await page.getByRole("link", { name: /Oak Park/ }).click();
  await expect(page.getByRole("heading", { name: "Oak Park", level: 1 })).toBeVisible();
  await page.getByRole("combobox", { name: "Store" }).selectOption({ label: "Mission St" });
  await expect(page.getByRole("heading", { name: "Mission St", level: 1 })).toBeVisible();
  const missing = await page.goto("/stores/no-such-store");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.context().close();
});
