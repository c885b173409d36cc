import type { ReactNode } from "react";

/**
 * A table's own frame: on a phone a wide table scrolls sideways inside it, never the page.
 * It takes focus so a keyboard can scroll it too, and is named for the table it holds. It is the
 * containing block of what the table positions (a visually hidden column heading), which would
 * otherwise stick out of the frame and widen the page.
 */
export function TableFrame({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`.trim()}>
      {children}
    </div>
  );
}
