import type { ReactNode } from "react";
import { Select } from "./field";

/** The body of a manager page under the shared header: its heading and content. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto max-w-6xl p-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </main>
  );
}

/** A labelled select of the filter forms; the empty choice (when given) means "all". */
export function FilterSelect({ label, value, options, labels, all = "All", onChange }: { label: string; value: string | undefined; options: readonly string[]; labels: Record<string, string>; all?: string; onChange: (value: string) => void }) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <Select value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {all && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </Select>
    </label>
  );
}
