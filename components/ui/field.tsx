import { cloneElement, useId, type ComponentProps, type ReactElement, type ReactNode } from "react";

const INPUT = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3";

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
      {error !== undefined && (
        <p id={errorId} role="alert" className="mt-1 text-sm font-semibold text-late-line">
          {error}
        </p>
      )}
    </div>
  );
}

export const Input = ({ className, ...props }: ComponentProps<"input">) => <input className={`${INPUT} ${className ?? ""}`.trim()} {...props} />;
export const Select = ({ className, ...props }: ComponentProps<"select">) => <select className={`${INPUT} ${className ?? ""}`.trim()} {...props} />;
export const TextArea = ({ className, ...props }: ComponentProps<"textarea">) => <textarea className={`${INPUT} py-2 ${className ?? ""}`.trim()} {...props} />;
