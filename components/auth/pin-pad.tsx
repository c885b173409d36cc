"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
const MAX_DIGITS = 6;

type PinPadProps = {
  pin: string;
  onChange: (pin: string) => void;
  onSubmit: () => void;
  disabled: boolean;
};

/** A large on-screen keypad; a hardware keyboard works too. */
export function PinPad({ pin, onChange, onSubmit, disabled }: PinPadProps) {
  const t = useTranslations("signIn");
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled) return;
      if (/^\d$/.test(event.key) && pin.length < MAX_DIGITS) onChange(pin + event.key);
      else if (event.key === "Backspace") onChange(pin.slice(0, -1));
      else if (event.key === "Enter" && pin.length >= 4) onSubmit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [pin, onChange, onSubmit, disabled]);

  const key = "min-h-16 rounded-xl border border-line bg-card text-2xl font-semibold disabled:opacity-40";
  const press = (digit: string) => pin.length < MAX_DIGITS && onChange(pin + digit);
  return (
    <div className="mx-auto w-full max-w-xs">
      <p role="status" aria-label={t("pinStatus", { count: pin.length })} className="mb-4 h-10 text-center text-3xl tracking-[0.5em]">
        {"●".repeat(pin.length) || <span className="text-base tracking-normal text-muted">{t("pinPrompt")}</span>}
      </p>
      <div className="grid grid-cols-3 gap-3">
        {KEYS.map((digit) => (
          <button key={digit} type="button" className={key} disabled={disabled} onClick={() => press(digit)}>
            {digit}
          </button>
        ))}
        <button type="button" className={`${key} text-base`} disabled={disabled || pin.length === 0} onClick={() => onChange(pin.slice(0, -1))}>
          {t("delete")}
        </button>
        <button type="button" className={key} disabled={disabled} onClick={() => press("0")}>
          0
        </button>
        <button type="button" className={`${key} bg-accent text-base text-accent-fg`} disabled={disabled || pin.length < 4} onClick={onSubmit}>
          {t("signIn")}
        </button>
      </div>
    </div>
  );
}
