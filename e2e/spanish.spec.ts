import type { Locator, Page } from "@playwright/test";
import { API_AUTH, type ApiOrder, expect, PEOPLE, signIn, STORE, test, tick } from "./fixtures";

// A tablet whose browser speaks Spanish (Mexico): the screens answer in Spanish without anyone choosing.
test.use({ locale: "es-MX" });

const column = (page: Page, name: "Entrantes" | "Aceptados" | "Empacando" | "Listos") => page.getByRole("region", { name, exact: true });
const card = (scope: Page | Locator, order: ApiOrder) => scope.getByRole("article", { name: `Pedido ${order.short_code}`, exact: true });

async function openBoard(page: Page) {
  await page.goto(`/stores/${STORE}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-US");
  await expect(page.getByRole("status").filter({ hasText: "En vivo" })).toBeVisible();
}

async function finished(page: Page) {
  const toggle = page.getByRole("button", { name: /^Terminados hace poco/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return page.getByRole("region", { name: "Terminados hace poco", exact: true });
}

test("the main board flow in Spanish: announced, accepted with a prep time, bagged, handed to the courier, delivered", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "delivery" });
  const incoming = card(column(page, "Entrantes"), order);
  await expect(incoming.getByText("Nuevo", { exact: true })).toBeVisible();
  await expect(incoming).toContainText(/Esperando \d+ min/);
  await expect(incoming).toContainText("Entrega");
  // Money and counts as US Spanish writes them: "$24.50", "3 artículos". The sheet shows the newest
  // order, which may be another flow's posted a moment later to the same store.
  await expect(page.getByRole("dialog", { name: /^Pedido nuevo #[A-Z0-9-]+ · .+ · \d+ artículos? · .+ · \$[\d,]+\.\d\d/ })).toBeVisible();

  await incoming.getByRole("button", { name: "Aceptar", exact: true }).click();
  const accept = page.getByRole("dialog", { name: `Aceptar pedido ${order.short_code}` });
  await accept.getByRole("radio", { name: "10 min", exact: true }).check();
  await accept.getByRole("button", { name: "Aceptar pedido" }).click();
  await expect(accept).toBeHidden();

  const accepted = card(column(page, "Aceptados"), order);
  await expect(accepted).toContainText(/Vence en (9|10) min/);
  await accepted.getByRole("button", { name: "Empezar a empacar" }).click();
  const bagging = card(column(page, "Empacando"), order);
  await expect(bagging.getByRole("button", { name: "Marcar listo" })).toBeDisabled();
  await expect(bagging).toContainText(/\d+ líneas? por marcar antes de listo/);
  await expect(bagging.getByRole("checkbox").first()).toBeVisible();
  for (const box of await bagging.getByRole("checkbox", { name: /^Empacado / }).all()) await tick(box);
  await bagging.getByRole("button", { name: "Marcar listo" }).click();
  await card(column(page, "Listos"), order).getByRole("button", { name: "Entregar al repartidor" }).click();

  const recent = card(await finished(page), order);
  await expect(recent).toContainText("Recogido");
  await recent.getByRole("button", { name: "Entregado", exact: true }).click();
  await expect(recent).toContainText("Completado");
  const stored = await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json();
  expect(stored.order.status).toBe("completed");
});

test("denying in Spanish: the reasons, the refusal of Other without a message, the reason on the finished card", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder();
  await card(page, order).getByRole("button", { name: `Más acciones del pedido ${order.short_code}` }).click();
  await page.getByRole("menuitem", { name: "Rechazar" }).click();
  const dialog = page.getByRole("dialog", { name: `Rechazar pedido ${order.short_code}` });
  await dialog.getByRole("radio", { name: "Otro" }).check();
  await dialog.getByRole("button", { name: "Rechazar pedido" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Explica por qué: con el motivo Otro hace falta un mensaje");
  await dialog.getByRole("radio", { name: "Cocina ocupada" }).check();
  await dialog.getByRole("button", { name: "Rechazar pedido" }).click();
  await expect(card(await finished(page), order)).toContainText("Rechazado: Cocina ocupada");
});

test("a tablet follows its browser's language until someone chooses one, then keeps the choice", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-MX" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "¿En qué tienda está esta tableta?" })).toBeVisible();

  await page.getByRole("combobox", { name: "Idioma" }).selectOption({ label: "English" });
  await expect(page.getByRole("heading", { name: "Which store is this tablet in?" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Which store is this tablet in?" })).toBeVisible();

  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Español" });
  await expect(page.getByRole("heading", { name: "¿En qué tienda está esta tableta?" })).toBeVisible();
  await context.close();
});

test("a manager's pages, not translated yet, stay wholly English on a Spanish tablet: words, dates and money agree", async ({ browser, postOrder }) => {
  const order = await postOrder();
  const context = await browser.newContext({ locale: "es-MX" });
  const manager = await context.newPage();
  await signIn(manager, PEOPLE.maya);
  await manager.goto(`/history?store=${STORE}&q=${order.short_code}`);
  await expect(manager.locator("html")).toHaveAttribute("lang", "es-US");
  const english = manager.locator('[lang="en-US"]');
  await expect(english.getByRole("heading", { name: "Order history" })).toBeVisible();
  const row = english.getByRole("table", { name: "Orders" }).getByRole("row").filter({ hasText: `#${order.short_code}` });
  await expect(row).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M/);
  await expect(row).toContainText(/\$[\d,]+\.\d\d/);
  await context.close();
});

test("a refusal from the server reads in the tablet's language: a wrong PIN in Spanish", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-MX" });
  const page = await context.newPage();
  await page.goto(`/sign-in?store=${STORE}`);
  await page.getByRole("button", { name: /Sam Rivera/ }).click();
  for (const digit of "0000") await page.getByRole("button", { name: digit, exact: true }).click();
  await page.getByRole("button", { name: "Entrar", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "PIN" })).toHaveText("Ese PIN no es correcto. Inténtalo de nuevo.");
  await context.close();
});

test("an order's detail in Spanish: the customer record and what the platform was told", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await card(column(page, "Entrantes"), order).getByRole("button", { name: `Más acciones del pedido ${order.short_code}` }).click();
  await page.getByRole("menuitem", { name: "Detalles" }).click();
  const drawer = page.getByRole("dialog", { name: `Detalles del pedido ${order.short_code}` });
  await expect(drawer.getByRole("group", { name: "Ficha del cliente" })).toContainText(/\d+\.º pedido/);
  await expect(drawer.getByText("No se ha enviado nada a la plataforma sobre este pedido.")).toBeVisible();
});

test("the order's forms refuse in Spanish: a prep time out of range, a cart change missing its name, count and reason, an issue report missing its kind", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await card(column(page, "Entrantes"), order).getByRole("button", { name: "Aceptar", exact: true }).click();
  const accept = page.getByRole("dialog", { name: `Aceptar pedido ${order.short_code}` });
  await accept.getByRole("radio", { name: "Otro", exact: true }).check();
  const minutes = accept.getByRole("spinbutton", { name: "Minutos de preparación" });
  await minutes.fill("300");
  await accept.getByRole("button", { name: "Aceptar pedido" }).click();
  await expect(minutes).toHaveAccessibleDescription("Escribe el tiempo en minutos enteros, de 1 a 240");
  expect((await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()).order.status).toBe("incoming");
  await minutes.fill("25");
  await accept.getByRole("button", { name: "Aceptar pedido" }).click();
  await expect(accept).toBeHidden();
  await expect(card(column(page, "Aceptados"), order)).toContainText(/Vence en (24|25) min/);
  await card(column(page, "Aceptados"), order).getByRole("button", { name: `Más acciones del pedido ${order.short_code}` }).click();
  await page.getByRole("menuitem", { name: "Detalles" }).click();
  const drawer = page.getByRole("dialog", { name: `Detalles del pedido ${order.short_code}` });

  await drawer.getByRole("button", { name: "Agregar artículo" }).click();
  const add = page.getByRole("dialog", { name: `Agregar un artículo (pedido ${order.short_code})` });
  await add.getByRole("spinbutton", { name: "Cantidad" }).fill("0");
  await add.getByRole("button", { name: "Guardar cambio" }).click();
  await expect(add.getByRole("textbox", { name: "Artículo" })).toHaveAccessibleDescription("Escribe el nombre del artículo");
  await expect(add.getByRole("spinbutton", { name: "Cantidad" })).toHaveAccessibleDescription("Un número entero de 1 a 999");
  await expect(add.getByRole("alert").filter({ hasText: "Elige un motivo" })).toBeVisible();
  await add.getByRole("textbox", { name: "Artículo" }).fill("Papas");
  await add.getByRole("textbox", { name: /Precio unitario/ }).fill("3.50");
  await add.getByRole("spinbutton", { name: "Cantidad" }).fill("1");
  await add.getByRole("radio", { name: "Otro" }).check();
  await add.getByRole("button", { name: "Guardar cambio" }).click();
  await expect(add.getByRole("textbox", { name: /Mensaje/ })).toHaveAccessibleDescription("Explica por qué: con el motivo Otro hace falta un mensaje");
  await add.getByRole("textbox", { name: /Mensaje/ }).fill("El cliente llamó");
  await add.getByRole("button", { name: "Guardar cambio" }).click();
  await expect(add).toBeHidden();
  await expect(drawer).toContainText("1 × Papas");

  await drawer.getByRole("button", { name: "Reportar incidencia" }).click();
  const report = page.getByRole("dialog", { name: `Reportar una incidencia del pedido ${order.short_code}` });
  await report.getByRole("textbox", { name: /Reembolso/ }).fill("4.505");
  await report.getByRole("button", { name: "Reportar incidencia" }).click();
  await expect(report.getByRole("alert").filter({ hasText: "Elige qué salió mal" })).toBeVisible();
  await expect(report.getByRole("textbox", { name: "Descripción" })).toHaveAccessibleDescription("Describe qué salió mal");
  await expect(report.getByRole("textbox", { name: /Reembolso/ })).toHaveAccessibleDescription("Un monto como 4.50");
  await report.getByRole("radio", { name: /Calidad/ }).check();
  await report.getByRole("textbox", { name: "Descripción" }).fill("Papas frías");
  await report.getByRole("textbox", { name: /Reembolso/ }).fill("3.50");
  await report.getByRole("button", { name: "Reportar incidencia" }).click();
  await expect(report).toBeHidden();
  await expect(drawer.getByRole("region", { name: "Incidencias" })).toContainText("Calidad · Media · Abierta: Papas frías");
});

test("a change the order cannot take is refused in Spanish in its own words, not the server's English: removing its only line", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder({
    fulfillment: "pickup",
    body: { items: [{ name: "Sopa del día", quantity: 1, unit_price_cents: 500, modifiers: [] }], money: { subtotal_cents: 500, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 500 } },
  });
  const accepted = await request.post(`/api/v1/orders/${order.id}/accept`, { data: { version: order.version, prep_minutes: 15 }, headers: API_AUTH });
  expect(accepted.status()).toBe(200);
  await card(column(page, "Aceptados"), order).getByRole("button", { name: `Más acciones del pedido ${order.short_code}` }).click();
  await page.getByRole("menuitem", { name: "Detalles" }).click();
  const drawer = page.getByRole("dialog", { name: `Detalles del pedido ${order.short_code}` });
  await drawer.getByRole("button", { name: "Quitar 1 × Sopa del día" }).click();
  const remove = page.getByRole("dialog", { name: `Quitar: 1 × Sopa del día (pedido ${order.short_code})` });
  await remove.getByRole("radio", { name: "Lo pidió el cliente" }).check();
  await remove.getByRole("button", { name: "Guardar cambio" }).click();
  await expect(page.getByText("Un pedido necesita al menos un artículo: cancela el pedido en su lugar.")).toBeVisible();
  await expect(page.getByText(/cancel the order instead/)).toHaveCount(0);
  const stored = await (await request.get(`/api/v1/orders/${order.id}/items`, { headers: API_AUTH })).json();
  expect(stored.items.map((item: { name: string; removed_at: string | null }) => [item.name, item.removed_at])).toEqual([["Sopa del día", null]]);
});
