import { expect, openBoard, PEOPLE, signIn, test } from "./fixtures";

const pagesNav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Pages" });

test("every signed-in page shares one header: a manager walks from the board through each of their pages and back, the page shown marked current", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.maya);
  await openBoard(page);
  const nav = pagesNav(page);
  await expect(nav.getByRole("link")).toHaveText(["Board", "Staff", "Menu", "Issues", "History", "Analytics"]);
  await expect(nav.getByRole("link", { name: "Board" })).toHaveAttribute("aria-current", "page");

  for (const [link, heading] of [
    ["Staff", "Staff"],
    ["Menu", "Menu"],
    ["Issues", "Issues"],
    ["History", "Order history"],
    ["Analytics", "Analytics"],
  ] as const) {
    await nav.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(nav.getByRole("link", { name: link })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Board" })).not.toHaveAttribute("aria-current");
    await expect(page.getByRole("banner").getByText("Signed in as Maya Patel")).toBeVisible();
  }
  // The store-wide pages stay about the board's store.
  await expect(page).toHaveURL(/\/analytics\?store=mission$/);
  await nav.getByRole("link", { name: "Board" }).click();
  await expect(page.getByRole("heading", { name: "Mission St", level: 1 })).toBeVisible();
  await page.context().close();
});

test("the header offers each person only the pages their role opens", async ({ browser }) => {
  for (const [person, links] of [
    [PEOPLE.sam, ["Board", "Menu"]],
    [PEOPLE.ada, ["Board", "Staff", "Menu", "Issues", "History", "Analytics", "API tokens", "Platforms"]],
  ] as const) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, person);
    await openBoard(page);
    await expect(pagesNav(page).getByRole("link")).toHaveText([...links]);
    await page.context().close();
  }
});
