"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc/react";
import { LANGUAGE_NAMES, LOCALES, ZLocale } from "@/server/domain/locale";
import { InlineSelect } from "./field";

/** The screens' language: chosen here, it stays on this tablet and goes with the person signed in. */
export function LanguagePicker() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const choose = useMutation(trpc.auth.setLanguage.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <label className="flex items-center gap-2 text-sm">
      {t("language")}
      <InlineSelect value={locale} disabled={choose.isPending} onChange={(event) => choose.mutate({ locale: ZLocale.parse(event.target.value) })}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </InlineSelect>
    </label>
  );
}
