import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { API_AUTH, expect, PEOPLE, signIn, test } from "./fixtures";

// Every page as each kind of person gets it from the production server: the page guard asks the same
// policy as the procedures. A page added without a row here fails the first test.

const PERSONAS = {
  anonymous: null,
  "staff of Mission": { person: PEOPLE.sam, store: "mission" },
  "staff of Oak Park": { person: PEOPLE.jo, store: "oak-park" },
  manager: { person: PEOPLE.maya, store: "mission" },
  admin: { person: PEOPLE.ada, store: "mission" },
} as const;
type Persona = keyof typeof PERSONAS;
/** What a person gets: the page, the 403 page, or (nobody signed in) the way to sign-in. */
type Outcome = 200 | 403 | "sign-in";

const everyone = (outcome: Outcome, anonymous: Outcome = "sign-in") =>
  ({ anonymous, "staff of Mission": outcome, "staff of Oak Park": outcome, manager: outcome, admin: outcome }) satisfies Record<Persona, Outcome>;
const managers = { anonymous: "sign-in", "staff of Mission": 403, "staff of Oak Park": 403, manager: 200, admin: 200 } satisfies Record<Persona, Outcome>;
const admins = { ...managers, manager: 403 } satisfies Record<Persona, Outcome>;

let issueId = 0;
let trackingPath = "";
const PAGES: Record<string, { url: () => string; outcomes: Record<Persona, Outcome> }> = {
  "/": { url: () => "/", outcomes: everyone(200) },
  "/sign-in": { url: () => "/sign-in", outcomes: everyone(200, 200) },
  "/api/docs": { url: () => "/api/docs", outcomes: everyone(200, 200) },
  "/stores/[storeId]": { url: () => "/stores/mission", outcomes: { ...everyone(200), "staff of Oak Park": 403 } },
  "/stores/[storeId]/staff": { url: () => "/stores/mission/staff", outcomes: managers },
  "/stores/[storeId]/menu": { url: () => "/stores/mission/menu", outcomes: { ...everyone(200), "staff of Oak Park": 403 } },
  "/history": { url: () => "/history", outcomes: managers },
  "/issues": { url: () => "/issues", outcomes: managers },
  "/issues/[id]": { url: () => `/issues/${issueId}`, outcomes: managers },
  "/analytics": { url: () => "/analytics", outcomes: managers },
  "/admin/tokens": { url: () => "/admin/tokens", outcomes: admins },
  "/admin/integrations": { url: () => "/admin/integrations", outcomes: admins },
  // The customer's own page: its link is the key, so it opens for anyone who has it (and a made-up one for nobody: see order-model.spec.ts).
  "/track/[token]": { url: () => trackingPath, outcomes: everyone(200, 200) },
};

function pagesOnDisk(): string[] {
  const root = path.join(process.cwd(), "app");
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => `/${path.dirname(file)}`.replace(/\/\.$/, "/"))
    .sort();
}

async function outcomeOf(request: APIRequestContext, url: string): Promise<Outcome | number> {
  const response = await request.get(url, { maxRedirects: 0 });
  if (response.status() === 307 && new URL(response.headers().location!, "http://x").pathname === "/sign-in") return "sign-in";
  return response.status();
}

test("every page has a decided guard", () => {
  expect(pagesOnDisk()).toEqual(Object.keys(PAGES).sort());
});

for (const [persona, person] of Object.entries(PERSONAS) as [Persona, (typeof PERSONAS)[Persona]][]) {
  test(`pages as ${persona}`, async ({ browser, postOrder }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (issueId === 0) {
      await signIn(page, PEOPLE.sam);
      const order = await postOrder();
      const report = await page.request.post("/api/trpc/issues.report", { data: { id: order.id, type: "missing_items", description: "No fries" } });
      issueId = (await report.json()).result.data.issue.id;
      trackingPath = (await (await page.request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()).order.tracking_path;
    }
    if (person) await signIn(page, person.person, person.store);
    else await context.clearCookies();
    for (const [route, { url, outcomes }] of Object.entries(PAGES)) {
      expect(await outcomeOf(page.request, url()), `${route} as ${persona}`).toBe(outcomes[persona]);
    }
    await context.close();
  });
}
