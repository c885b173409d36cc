import { cloneElement, useId, type ComponentProps, type ReactElement, type ReactNode } from "react";

const INPUT = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3";
const CHOICE = "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent has-checked:bg-accent has-checked:text-accent-fg";

type Control = ReactElement<{ "aria-invalid"?: boolean; "aria-describedby"?: string }>;

/**
 * A labelled input, select or text area, with what is wrong with it under it: the error is the
 * control's description (not part of its name) and marks it invalid.
 */
export function Field({ label, error, className, children }: { label: ReactNode; error?: string; className?: string; children: Control }) {
  const errorId = useId();
  return (
    <div className={className}>
      <label className="block">
        {label}
        {cloneElement(children, { "aria-invalid": error !== undefined, "aria-describedby": error === undefined ? undefined : errorId })}
      </label>
      <FormError id={errorId} message={error} className="mt-1 text-sm" />
    </div>
  );
}

/** What is wrong, where it is wrong: said at once to assistive technology; nothing when all is well. */
export function FormError({ message, id, className }: { message: string | null | undefined; id?: string; className?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className={`font-semibold text-late-line ${className ?? ""}`.trim()}>
      {message}
    </p>
  );
}

export const Input = ({ className, ...props }: ComponentProps<"input">) => <input className={`${INPUT} ${className ?? ""}`.trim()} {...props} />;
export const Select = ({ className, ...props }: ComponentProps<"select">) => <select className={`${INPUT} ${className ?? ""}`.trim()} {...props} />;
/** A select that sits in a header beside its words rather than under them (the store, the language). */
export const InlineSelect = ({ className, ...props }: ComponentProps<"select">) => <select className={`min-h-11 rounded-lg border border-line bg-card px-2 ${className ?? ""}`.trim()} {...props} />;
export const TextArea = ({ className, ...props }: ComponentProps<"textarea">) => <textarea className={`${INPUT} py-2 ${className ?? ""}`.trim()} {...props} />;

/** A radio button or checkbox and its words as one tile, a tap target the whole size of the tile, filled while chosen. */
export const Choice = ({ className, ...props }: ComponentProps<"label">) => <label className={`${CHOICE} ${className ?? ""}`.trim()} {...props} />;
