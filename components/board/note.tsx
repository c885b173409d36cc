import { useTranslations } from "next-intl";

/** A note from the customer or the platform; one about an allergy is red, with a warning sign, and says so. */
export function Note({ text, allergy, label, quoted = false, className = "" }: { text: string; allergy: boolean; label?: string; quoted?: boolean; className?: string }) {
  const t = useTranslations("card");
  const body = quoted ? `“${text}”` : text;
  if (allergy) {
    return (
      <p className={`rounded-lg border-2 border-late-line bg-late-bg px-2 py-1 font-bold ${className}`}>
        <span aria-hidden>⚠ </span>
        {t("allergy", { text: body })}
      </p>
    );
  }
  return (
    <p className={`rounded-lg bg-note-bg px-2 py-1 font-semibold text-note-fg ${className}`}>
      {label ? `${label}: ` : ""}
      {body}
    </p>
  );
}
