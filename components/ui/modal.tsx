"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";

type ModalProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A drawer slides along the right edge; a dialog sits in the middle. */
  variant?: "dialog" | "drawer";
};

/** A native modal dialog: focus stays inside, Escape closes it, the page behind is inert. */
export function Modal({ title, onClose, children, variant = "dialog" }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useTranslations("common");
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const placement =
    variant === "drawer"
      ? "ml-auto mr-0 h-dvh max-h-dvh w-[min(36rem,100vw)] rounded-l-2xl"
      : "m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl";
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${placement} border border-line bg-panel p-0 text-fg shadow-2xl`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-line px-5 py-3">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <button type="button" className="min-h-11 min-w-11 rounded-lg border border-line px-3" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
    </dialog>
  );
}
