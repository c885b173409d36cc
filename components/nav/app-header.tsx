"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { SessionMenu } from "@/components/auth/session-menu";
import { LanguagePicker } from "@/components/ui/language-picker";
import { ThemeToggle } from "@/components/ui/theme";
import { SiteNav } from "./site-nav";
import { useCurrentStore } from "./use-current-store";

/**
 * The header every signed-in screen shares: what the screen is (the board's store, else the product),
 * the screen's own controls, the navigation, who is signed in, the language where the screen is
 * translated, and the theme.
 */
export function AppHeader({ heading, languages = false, children }: { heading?: ReactNode; languages?: boolean; children?: ReactNode }) {
  const storeId = useCurrentStore();
  return (
    <header className="flex shrink-0 flex-wrap items-center gap-3 border-b border-line bg-panel px-4 py-2">
      {heading ?? (
        <Link href="/" className="mr-auto inline-flex min-h-11 items-center text-lg font-bold">
          Orderboard
        </Link>
      )}
      {children}
      <SiteNav storeId={storeId} />
      <SessionMenu storeId={storeId} />
      {languages && <LanguagePicker />}
      <ThemeToggle />
    </header>
  );
}
