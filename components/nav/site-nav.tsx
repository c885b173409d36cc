"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/components/trpc/react";
import { can, type Action } from "@/server/domain/access";

type Page = { href: string; label: "board" | "stores" | "staff" | "menu" | "issues" | "history" | "analytics" | "tokens" | "platforms"; action: Action; ofStore?: true };

/** Every page a signed-in person may open, in one order on every screen; a store's own pages need to know the store. */
function pagesFor(storeId: string | null): Page[] {
  const store = storeId === null ? null : `/stores/${encodeURIComponent(storeId)}`;
  const query = storeId === null ? "" : `?store=${encodeURIComponent(storeId)}`;
  const storePages: Page[] =
    store === null
      ? [{ href: "/", label: "stores", action: "orders.read" }]
      : [
          { href: store, label: "board", action: "orders.read", ofStore: true },
          { href: `${store}/staff`, label: "staff", action: "store.manage", ofStore: true },
          { href: `${store}/menu`, label: "menu", action: "menu.read", ofStore: true },
        ];
  return [
    ...storePages,
    { href: "/issues", label: "issues", action: "issues.read" },
    { href: `/history${query}`, label: "history", action: "orders.history" },
    { href: `/analytics${query}`, label: "analytics", action: "store.manage" },
    { href: "/admin/tokens", label: "tokens", action: "tokens.manage" },
    { href: "/admin/integrations", label: "platforms", action: "integrations.manage" },
  ];
}

const pathOf = (href: string) => href.split("?")[0]!;

/** The one navigation of every signed-in screen: the pages the person's role opens, the one shown marked as current. */
export function SiteNav({ storeId }: { storeId: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations("session");
  const pathname = usePathname();
  const me = useQuery(trpc.auth.session.queryOptions()).data;
  if (!me) return null;
  const shown = pagesFor(storeId).filter((page) => can(me, page.action, page.ofStore ? storeId : null));
  // The deepest page the address is in: a store's staff page is "Staff", not its board.
  const current = shown
    .map((page) => pathOf(page.href))
    .filter((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label={t("pages")}>
      <ul className="flex flex-wrap gap-2">
        {shown.map((page) => {
          const here = pathOf(page.href) === current;
          return (
            <li key={page.label}>
              <Link href={page.href} aria-current={here ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded-lg border px-3 text-sm ${here ? "border-accent font-semibold" : "border-line"}`}>
                {t(page.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
