import { test as base, expect, type Page } from "@playwright/test";
import { randomOrder, seededRandom, type RandomOrderOptions } from "@/server/demo/random-order";
import type { NewOrderInput } from "@/server/domain/new-order";

/** The demo store every board test opens; tests find their own orders by short code, so they never collide. */
export const STORE = "mission";

export type ApiOrder = { id: number; short_code: string; status: string; version: number };

type Fixtures = {
  /** Posts a realistic order through the public REST endpoint, as an integrator would. */
  postOrder: (options?: Partial<RandomOrderOptions> & { body?: Partial<NewOrderInput> }) => Promise<ApiOrder>;
  /** Two tablets (separate browser contexts) with the store's board open and live. */
  tablets: [Page, Page];
};

export const test = base.extend<Fixtures>({
  postOrder: async ({ request }, provide, testInfo) => {
    const random = seededRandom(Date.now() + testInfo.workerIndex * 7919 + testInfo.repeatEachIndex);
    await provide(async ({ body, ...options } = {}) => {
      const order = { ...randomOrder(random, { storeId: STORE, ...options }), ...body };
      const response = await request.post("/api/v1/orders", { data: order });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()).order as ApiOrder;
    });
  },
  tablets: async ({ browser }, provide) => {
    const contexts = [await browser.newContext(), await browser.newContext()];
    const pages = [await contexts[0]!.newPage(), await contexts[1]!.newPage()] as [Page, Page];
    for (const page of pages) await openBoard(page);
    await provide(pages);
    for (const context of contexts) await context.close();
  },
});
export { expect };

export async function openBoard(page: Page, storeId = STORE) {
  await page.goto(`/stores/${storeId}`);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

export const column = (page: Page, name: "Incoming" | "Accepted" | "Bagging" | "Ready" | "Recently finished") =>
  page.getByRole("region", { name, exact: true });

export const card = (scope: Page | ReturnType<typeof column>, order: ApiOrder) =>
  scope.getByRole("article", { name: `Order ${order.short_code}`, exact: true });

export async function acceptWith(page: Page, order: ApiOrder, minutes: string) {
  await card(page, order).getByRole("button", { name: "Accept", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Accept order ${order.short_code}` });
  await dialog.getByRole("radio", { name: minutes, exact: true }).check();
  await dialog.getByRole("button", { name: "Accept order" }).click();
  await expect(dialog).toBeHidden();
}
