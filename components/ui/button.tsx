import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * How a control looks: `plain` for most, `quiet` for the small ones in headers and table rows,
 * `primary` for the one thing a form or dialog does, `danger` for one that cannot be taken back.
 * Every look is at least 44 px tall, the tablet's smallest tap target.
 */
const LOOKS = {
  plain: "border border-line px-3 font-semibold",
  quiet: "border border-line px-3 text-sm",
  primary: "bg-accent px-4 font-semibold text-accent-fg",
  danger: "bg-late-line px-4 font-semibold text-late-fg",
} as const;
export type Look = keyof typeof LOOKS;

export const buttonClass = (look: Look = "plain", extra = "") => `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg disabled:opacity-50 ${LOOKS[look]} ${extra}`.trim();

/** A button (type "button" unless told otherwise, so it never submits a form by accident). */
export function Button({ look, className, type = "button", ...props }: ComponentProps<"button"> & { look?: Look }) {
  return <button type={type} className={buttonClass(look, className)} {...props} />;
}

/** A link that looks like a button: for going somewhere rather than doing something. */
export function ButtonLink({ look, className, ...props }: ComponentProps<typeof Link> & { look?: Look }) {
  return <Link className={buttonClass(look, className)} {...props} />;
}
