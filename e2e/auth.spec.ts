import { acceptWith, card, column, details, expect, fromMenu, openBoard, PEOPLE, signIn, test } from "./fixtures";

test("a person signs in on the keypad, acts, hands over with Switch user, and the timeline names both", async ({ browser, postOrder }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/stores/mission");
  await expect(page).toHaveURL(/\/sign-in\?/);
  await page.getByRole("button", { name: /Sam Rivera/ }).click();
  for (const digit of "1111") await page.getByRole("button", { name: digit, exact: true }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Mission St", level: 1 })).toBeVisible();
  await expect(page.getByText("Signed in as Sam Rivera")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  const order = await postOrder({ fulfillment: "pickup" });
  await acceptWith(page, order, "10 min");

  await page.getByRole("button", { name: "Switch user" }).click();
  const switcher = page.getByRole("dialog", { name: "Switch user" });
  await switcher.getByRole("button", { name: /Maya Patel/ }).click();
  for (const digit of "2222") await switcher.getByRole("button", { name: digit, exact: true }).click();
  await switcher.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as Maya Patel")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  await fromMenu(page, order, "Mark ready");
  await expect(card(column(page, "Ready"), order)).toBeVisible();
  const timeline = (await details(page, order)).getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Incoming → Accepted" })).toContainText("by Sam Rivera");
  await expect(timeline.getByRole("listitem").filter({ hasText: "Accepted → Ready" })).toContainText("by Maya Patel");
  await page.context().close();
});

test("a wrong PIN is refused with a message that reveals nothing", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in?store=mission");
  await page.getByRole("button", { name: /Sam Rivera/ }).click();
  for (const digit of "0000") await page.getByRole("button", { name: digit, exact: true }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "PIN" })).toHaveText("That PIN is not right. Try again.");
  await expect(page.getByRole("status", { name: "PIN, 0 digits entered" })).toBeVisible();
  for (const digit of "1111") await page.getByRole("button", { name: digit, exact: true }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as Sam Rivera")).toBeVisible();
  await page.context().close();
});

test("staff of one store cannot open another store's board", async ({ page }) => {
  const response = await page.goto("/stores/oak-park");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  const board = await page.request.get(`/api/trpc/orders.board?input=${encodeURIComponent(JSON.stringify({ storeId: "oak-park" }))}`);
  expect(board.status()).toBe(403);
});

test("signing out returns to the sign-in screen and the board asks for sign-in again", async ({ page }) => {
  await openBoard(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: /Sam Rivera/ })).toBeVisible();
  await page.goto("/stores/mission");
  await expect(page).toHaveURL(/\/sign-in\?.*next=%2Fstores%2Fmission/);
});

test("a manager adds a person who can then sign in, and deactivates them", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.maya);
  await page.goto("/stores/mission/staff");
  const name = `Temp ${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByLabel("PIN (4 to 6 digits)").fill("12");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByText("A PIN is 4 to 6 digits")).toBeVisible();
  await form.getByLabel("PIN (4 to 6 digits)").fill("4545");
  await form.getByRole("button", { name: "Add person" }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Active");

  const tablet = await (await browser.newContext()).newPage();
  await signIn(tablet, { name, pin: "4545" });
  await openBoard(tablet);

  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(row).toContainText("Deactivated");
  await tablet.reload();
  await expect(tablet).toHaveURL(/\/sign-in/);
  await page.context().close();
  await tablet.context().close();
});

test("a manager adds a staff group, refused without a name or twice, puts a person in it and deletes it", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.maya);
  await page.goto("/stores/mission/staff");
  const form = page.getByRole("form", { name: "Add a group" });
  const name = `Crew ${Date.now().toString(36)}`;
  await form.getByRole("textbox", { name: "Group name" }).fill("   ");
  await form.getByRole("button", { name: "Add group" }).click();
  await expect(form.getByRole("textbox", { name: "Group name" })).toHaveAccessibleDescription("Enter the group's name");
  await form.getByRole("textbox", { name: "Group name" }).fill(name);
  await form.getByRole("button", { name: "Add group" }).click();
  const group = page.getByRole("group", { name: new RegExp(name) });
  await expect(group).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Group name" })).toHaveValue("");

  await form.getByRole("textbox", { name: "Group name" }).fill(name);
  await form.getByRole("button", { name: "Add group" }).click();
  await expect(form.getByRole("alert")).toHaveText(`This store already has a group named "${name}"`);

  // Ticked once the server has it: the box shows the stored membership, not the tap.
  await group.getByRole("checkbox", { name: "Sam Rivera" }).click();
  await expect(group.getByRole("checkbox", { name: "Sam Rivera" })).toBeChecked();
  await page.reload();
  await expect(group.getByRole("checkbox", { name: "Sam Rivera" })).toBeChecked();
  await group.getByRole("button", { name: `Delete group ${name}` }).click();
  await expect(group).toHaveCount(0);
  await page.context().close();
});

test("an admin creates an API token whose secret is shown once and works, then revokes it", async ({ browser, request }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.ada);
  await page.goto("/admin/tokens");
  const form = page.getByRole("form", { name: "Create a token" });
  const name = `Bridge ${Date.now().toString(36)}`;
  // The form checks what the server checks, and says it beside the field.
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByRole("textbox", { name: "Token name" })).toHaveAccessibleDescription("Give the token a name");
  await form.getByRole("textbox", { name: "Token name" }).fill(name);
  await form.getByRole("checkbox", { name: "orders:write" }).uncheck();
  await form.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByLabel("Token secret").textContent())!.trim();
  expect(secret).toMatch(/^ob_/);
  await page.getByRole("dialog", { name: `Token "${name}" created` }).getByRole("button", { name: "Close" }).click();

  const stores = await request.get("/api/v1/stores", { headers: { authorization: `Bearer ${secret}` } });
  expect(stores.status()).toBe(200);
  const write = await request.post("/api/v1/orders", { data: {}, headers: { authorization: `Bearer ${secret}` } });
  expect(write.status()).toBe(403);

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  expect((await request.get("/api/v1/stores", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
  await page.context().close();
});

for (const next of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x"]) {
  test(`sign-in never follows next=${next} off this site`, async ({ browser, baseURL }) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`/sign-in?store=mission&next=${next}`);
    await page.getByRole("button", { name: /Sam Rivera/ }).click();
    for (const digit of PEOPLE.sam.pin) await page.getByRole("button", { name: digit, exact: true }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Mission St", level: 1 })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await page.context().close();
  });
}

test("every page and answer carries the security headers, and the API is never cached", async ({ page }) => {
  const board = await page.goto("/stores/mission");
  const headers = board!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  // The page works under its policy: the board's scripts ran.
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  const api = await page.request.get(`/api/trpc/orders.board?input=${encodeURIComponent(JSON.stringify({ storeId: "mission" }))}`);
  expect(api.headers()["cache-control"]).toBe("no-store");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  // The live feed is never cached, and never compressed (which would hold its frames back and cost the server per board).
  const feed = await page.evaluate(async () => {
    const controller = new AbortController();
    const response = await fetch("/api/stores/mission/events", { signal: controller.signal });
    const headers = { cache: response.headers.get("cache-control"), encoding: response.headers.get("content-encoding") };
    controller.abort();
    return headers;
  });
  expect(feed).toEqual({ cache: "no-store, no-transform", encoding: null });
  const overHttps = await page.request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  // Forwarded headers count only from a configured proxy, so this claim of https changes nothing.
  expect(overHttps.headers()["strict-transport-security"]).toBeUndefined();
});
