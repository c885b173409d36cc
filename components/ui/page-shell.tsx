import Link from "next/link";
import type { ReactNode } from "react";

type Back = { href: string; label: string };
const HOME: Back = { href: "/", label: "Back to my stores" };

/** The frame of the manager pages: a way back and the page's heading. */
export function PageShell({ title, back = HOME, children }: { title: string; back?: Back; children: ReactNode }) {
  return (
    <main className="mx-auto max-w-6xl p-6">
      <p>
        <Link href={back.href} className="inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm">
          {back.label}
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{title}</h1>
      {children}
    </main>
  );
}

/** A labelled select of the filter forms; the empty choice (when given) means "all". */
export function FilterSelect({ label, value, options, labels, all = "All", onChange }: { label: string; value: string | undefined; options: readonly string[]; labels: Record<string, string>; all?: string; onChange: (value: string) => void }) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select className="min-h-11 rounded-lg border border-line bg-card px-2" value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {all && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
