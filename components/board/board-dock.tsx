"use client";

import * as Collapsible from "@radix-ui/react-collapsible";
import { useState, type ReactNode } from "react";

type Panel = { id: string; label: string; content: ReactNode };

/**
 * The foot of the board: what is not needed at every moment (orders just finished, the all-day
 * counts) opens here one at a time, in a panel of bounded height, so the columns always keep the screen.
 */
export function BoardDock({ panels }: { panels: Panel[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="shrink-0 border-t border-line bg-panel">
      {panels.map((panel) => (
        <Collapsible.Root key={panel.id} open={open === panel.id} onOpenChange={(next) => setOpen(next ? panel.id : null)}>
          <Collapsible.Content className="max-h-[35vh] overflow-y-auto border-b border-line p-2">{panel.content}</Collapsible.Content>
        </Collapsible.Root>
      ))}
      <div className="flex gap-2 px-2 py-1">
        {panels.map((panel) => (
          <button
            key={panel.id}
            type="button"
            aria-expanded={open === panel.id}
            className="min-h-11 rounded-lg border border-line px-3 text-sm font-semibold aria-expanded:bg-card"
            onClick={() => setOpen((current) => (current === panel.id ? null : panel.id))}
          >
            {panel.label}
          </button>
        ))}
      </div>
    </div>
  );
}
