import { acceptWith, card, column, details, expect, openBoard, PEOPLE, signIn, soundOffUntilTouched, test } from "./fixtures";

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`the board fits a ${viewport.width}×${viewport.height} tablet with tap targets of at least 44 px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openBoard(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Cards scrolled far out of a column skip layout (content-visibility) until they scroll in: only what is on screen
    // counts, judged by the browser at the moment of measuring (a card can scroll out while other tests add orders).
    const sizes = await page.getByRole("button").evaluateAll((buttons) =>
      buttons
        .filter((button) => button.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
        .map((button) => {
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

test("a board whose sound is off says so across the screen until it is tapped on", async ({ page }) => {
  await soundOffUntilTouched(page);
  await openBoard(page);
  const enable = page.getByRole("button", { name: "Sound is off: tap to turn on" });
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

test("the board keeps the screen awake, and takes the lock again when the tablet comes back to it", async ({ page }) => {
  // A stand-in for the browser's Screen Wake Lock, which lets a lock go whenever the page is hidden.
  await page.addInitScript(() => {
    const locks: { released: boolean }[] = [];
    (window as unknown as { wakeLocks: typeof locks }).wakeLocks = locks;
    const request = async () => {
      const lock = { released: false, type: "screen", release: async () => void (lock.released = true), addEventListener() {}, removeEventListener() {} };
      locks.push(lock);
      return lock;
    };
    Object.defineProperty(navigator, "wakeLock", { value: { request } });
  });
  await openBoard(page);
  const held = () => page.evaluate(() => (window as unknown as { wakeLocks: { released: boolean }[] }).wakeLocks.map((lock) => lock.released));
  await expect.poll(held).toEqual([false]);
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    for (const lock of (window as unknown as { wakeLocks: { released: boolean }[] }).wakeLocks) lock.released = true;
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect.poll(held).toEqual([true, false]);
});

test("at phone width (390 px) the board shows one column under a tab per status, an order's drawer fits, and no page scrolls sideways", async ({ page, postOrder }) => {
  await signIn(page, PEOPLE.maya);
  await page.setViewportSize({ width: 390, height: 844 });
  const order = await postOrder();
  await openBoard(page);
  const tabs = page.getByRole("tablist", { name: "Columns" });
  await expect(tabs.getByRole("tab")).toHaveCount(4);
  await expect(tabs.getByRole("tab", { name: /^Incoming \d+$/ })).toHaveAttribute("aria-selected", "true");
  await expect(column(page, "Accepted")).toHaveCount(0);
  await acceptWith(page, order, "15 min");
  await tabs.getByRole("tab", { name: /^Accepted \d+$/ }).click();
  await expect(card(column(page, "Accepted"), order)).toBeVisible();
  await expect(column(page, "Incoming")).toHaveCount(0);
  // The order's drawer fits the phone: nothing of it off the screen, nothing scrolling sideways.
  const drawer = await details(page, order);
  const box = (await drawer.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await drawer.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await page.keyboard.press("Escape");

  for (const address of ["/stores/mission", "/history", "/analytics", "/issues", "/stores/mission/staff", "/stores/mission/menu", "/"]) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), address).toBeLessThanOrEqual(0);
  }
});
