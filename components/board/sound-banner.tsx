"use client";

import { useTranslations } from "next-intl";
import { enableSound, useSoundEnabled } from "./chime";

/** Browsers mute a page until it is touched, and again after some interruptions: the board says so, in full width. */
export function SoundBanner() {
  const enabled = useSoundEnabled();
  const t = useTranslations("board");
  if (enabled) return null;
  return (
    <button type="button" className="shrink-0 bg-warn-line px-4 py-2 text-center font-bold text-black" onClick={enableSound}>
      {t("soundOff")}
    </button>
  );
}
