import type { ReactNode } from "react";
import { AppHeader } from "@/components/nav/app-header";
import { EnglishOnly } from "@/components/ui/english-only";

/** The managers' pages: the shared header above each, in English until they are translated. */
export default function ManageLayout({ children }: { children: ReactNode }) {
  return (
    <EnglishOnly>
      <AppHeader />
      {children}
    </EnglishOnly>
  );
}
