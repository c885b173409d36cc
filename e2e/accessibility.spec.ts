import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, PEOPLE, signIn, test } from "./fixtures";
import { makePageIds, PAGE_URLS } from "./pages";

// axe on every page, in both themes, as the person who sees the most of it: no serious or critical
// violation of WCAG 2.1 A/AA. Pages for visitors without an account are checked signed out. The API
// reference's body is Scalar's own component, not ours: its frame is checked, its inside is left out.
const SIGNED_OUT = new Set(["/sign-in", "/track/[token]"]);
const THEMES = ["dark", "light"] as const;
const NOT_OURS = ".scalar-app";

async function tablet(browser: Browser, theme: (typeof THEMES)[number]): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript((chosen) => localStorage.setItem("orderboard-theme", chosen), theme);
  return context.newPage();
}

async function violations(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude(NOT_OURS).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${url}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const theme of THEMES) {
  test(`every page in the ${theme} theme has no serious or critical accessibility violation`, async ({ browser, postOrder }) => {
    // Thirteen pages, each rendered and analysed whole on two shared cores: a guard against a hang.
    test.setTimeout(240_000);
    const admin = await tablet(browser, theme);
    const ids = await makePageIds(admin, postOrder);
    await signIn(admin, PEOPLE.ada);
    const visitor = await tablet(browser, theme);
    const found: string[] = [];
    for (const [route, url] of Object.entries(PAGE_URLS)) found.push(...(await violations(SIGNED_OUT.has(route) ? visitor : admin, url(ids))));
    expect(found).toEqual([]);
    await admin.context().close();
    await visitor.context().close();
  });
}
