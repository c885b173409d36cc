"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";

/**
 * A filter of the filter forms that takes several values ("Accepted, Ready"): a button naming what is
 * chosen, opening a menu of checkboxes that stays open while they are ticked. None chosen means any.
 */
export function FilterMenu<T extends string>({ label, values, options, labels, onChange }: { label: string; values: readonly T[]; options: readonly T[]; labels: Record<T, string>; onChange: (values: T[]) => void }) {
  const chosen = new Set(values);
  const summary = values.length === 0 ? "Any" : options.filter((option) => chosen.has(option)).map((option) => labels[option]).join(", ");
  return (
    <div className="flex min-w-0 flex-col text-sm">
      <span aria-hidden>{label}</span>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger aria-label={`${label}: ${summary}`} className="min-h-11 truncate rounded-lg border border-line bg-card px-2 text-left">
          {summary}
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="start" sideOffset={4} aria-label={label} className="z-50 max-h-[70dvh] min-w-48 overflow-y-auto rounded-xl border border-line bg-panel p-1 shadow-2xl">
            {options.map((option) => (
              <DropdownMenu.CheckboxItem
                key={option}
                checked={chosen.has(option)}
                // Ticking one keeps the menu open for the next.
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(on) => onChange(on ? [...values, option] : values.filter((value) => value !== option))}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-3 outline-none data-highlighted:bg-card"
              >
                <span aria-hidden className="w-4">
                  {chosen.has(option) ? "✓" : ""}
                </span>
                {labels[option]}
              </DropdownMenu.CheckboxItem>
            ))}
            <DropdownMenu.Item onSelect={() => onChange([])} className="flex min-h-11 cursor-pointer items-center rounded-lg px-3 font-semibold outline-none data-highlighted:bg-card">
              Any {label.toLowerCase()}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
