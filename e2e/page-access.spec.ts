import type { APIRequestContext } from "@playwright/test";
import { expect, PEOPLE, signIn, test } from "./fixtures";
import { makePageIds, PAGE_URLS, pagesOnDisk, type PageIds } from "./pages";

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

const OUTCOMES: Record<string, Record<Persona, Outcome>> = {
  "/": everyone(200),
  "/sign-in": everyone(200, 200),
  "/api/docs": everyone(200, 200),
  "/stores/[storeId]": { ...everyone(200), "staff of Oak Park": 403 },
  "/stores/[storeId]/staff": managers,
  "/stores/[storeId]/menu": { ...everyone(200), "staff of Oak Park": 403 },
  "/history": managers,
  "/issues": managers,
  "/issues/[id]": managers,
  "/analytics": managers,
  "/admin/tokens": admins,
  "/admin/integrations": admins,
  // The customer's own page: its link is the key, so it opens for anyone who has it (and a made-up one for nobody: see order-model.spec.ts).
  "/track/[token]": everyone(200, 200),
};

let ids: PageIds | null = null;

async function outcomeOf(request: APIRequestContext, url: string): Promise<Outcome | number> {
  const response = await request.get(url, { maxRedirects: 0 });
  if (response.status() === 307 && new URL(response.headers().location!, "http://x").pathname === "/sign-in") return "sign-in";
  return response.status();
}

test("every page has a decided guard and an address", () => {
  expect(pagesOnDisk()).toEqual(Object.keys(OUTCOMES).sort());
  expect(pagesOnDisk()).toEqual(Object.keys(PAGE_URLS).sort());
});

for (const [persona, person] of Object.entries(PERSONAS) as [Persona, (typeof PERSONAS)[Persona]][]) {
  test(`pages as ${persona}`, async ({ browser, postOrder }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    ids ??= await makePageIds(page, postOrder);
    if (person) await signIn(page, person.person, person.store);
    else await context.clearCookies();
    for (const [route, outcomes] of Object.entries(OUTCOMES)) {
      expect(await outcomeOf(page.request, PAGE_URLS[route]!(ids)), `${route} as ${persona}`).toBe(outcomes[persona]);
    }
    await context.close();
  });
}
