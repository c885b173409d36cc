"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

type Theme = "dark" | "light";
const STORAGE_KEY = "orderboard-theme";

export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem("${STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "light" ? "light" : "dark";
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => "dark" as Theme);
  const next: Theme = theme === "dark" ? "light" : "dark";
  const t = useTranslations("common");
  return (
    <Button
     
      look="quiet"
      aria-label={t("switchTheme", { theme: next })}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        localStorage.setItem(STORAGE_KEY, next);
        listeners.forEach((listener) => listener());
      }}
    >
      {theme === "dark" ? t("lightTheme") : t("darkTheme")}
    </Button>
  );
}
