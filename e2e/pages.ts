import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { API_AUTH, PEOPLE, signIn, type ApiOrder } from "./fixtures";

/** What the pages that show one record need: an issue, and an order's tracking link. */
export type PageIds = { issueId: number; trackingPath: string };

/** Every page of the app by its route, and an address that opens it on the demo store. */
export const PAGE_URLS: Record<string, (ids: PageIds) => string> = {
  "/": () => "/",
  "/sign-in": () => "/sign-in",
  "/api/docs": () => "/api/docs",
  "/stores/[storeId]": () => "/stores/mission",
  "/stores/[storeId]/staff": () => "/stores/mission/staff",
  "/stores/[storeId]/menu": () => "/stores/mission/menu",
  "/history": () => "/history",
  "/issues": () => "/issues",
  "/issues/[id]": ({ issueId }) => `/issues/${issueId}`,
  "/analytics": () => "/analytics",
  "/admin/tokens": () => "/admin/tokens",
  "/admin/integrations": () => "/admin/integrations",
  "/track/[token]": ({ trackingPath }) => trackingPath,
};

/** The routes of the page files under app/ (a route group such as `(manage)` is not part of the address). */
export function pagesOnDisk(): string[] {
  const root = path.join(process.cwd(), "app");
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => `/${path.dirname(file)}`.replace(/\/\([^/]+\)/g, "").replace(/\/\.$/, "/"))
    .sort();
}

/** Posts an order, reports an issue on it as Sam, and answers the ids the record pages open. */
export async function makePageIds(page: Page, postOrder: () => Promise<ApiOrder>): Promise<PageIds> {
  await signIn(page, PEOPLE.sam);
  const order = await postOrder();
  const report = await page.request.post("/api/trpc/issues.report", { data: { id: order.id, type: "missing_items", description: "No fries" } });
  const issueId = ((await report.json()) as { result: { data: { issue: { id: number } } } }).result.data.issue.id;
  const trackingPath = ((await (await page.request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()) as { order: { tracking_path: string } }).order.tracking_path;
  return { issueId, trackingPath };
}
