"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { formatClock } from "@/components/ui/format";
import { Modal } from "@/components/ui/modal";
import { useTRPC } from "@/components/trpc/react";
import { controlButton as button, type Controls } from "./store-controls";

const OUT_FOR = [
  { label: "Rest of today", named: "for the rest of today", until: () => "end_of_day" as const },
  { label: "2 hours", named: "for 2 hours", until: () => new Date(Date.now() + 2 * 3_600_000).toISOString() },
  { label: "Until back on", named: "until turned back on", until: () => undefined },
];

/**
 * 86'ing from the board: every dish of the menu, the ones out first, each put out in one tap (for
 * the rest of the day, two hours, or until turned back on) or back on.
 */
export function ItemsDialog({ storeId, controls, timezone, onClose }: { storeId: string; controls: Controls; timezone: string; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const menu = useQuery(trpc.menu.list.queryOptions({ id: storeId }));
  const [find, setFind] = useState("");
  const setAvailability = useMutation(
    trpc.menu.availability.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.menu.list.queryKey({ id: storeId }) }),
      onError: (error) => toast.error(error.message),
    }),
  );
  const out = new Map(controls.unavailable.map((item) => [item.id, item]));
  const shown = (menu.data?.items ?? []).filter((item) => item.name.toLowerCase().includes(find.trim().toLowerCase())).sort((a, b) => Number(out.has(b.id)) - Number(out.has(a.id)));
  return (
    <Modal title="86 items" onClose={onClose} variant="drawer">
      <label className="block">
        <span className="font-semibold">Find an item</span>
        <input type="search" value={find} onChange={(event) => setFind(event.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3" />
      </label>
      {menu.isPending && <p role="status">Loading the menu…</p>}
      <ul aria-label="Menu items" className="mt-3 space-y-2">
        {shown.map((item) => {
          const gone = out.get(item.id);
          return (
            <li key={item.id} className={`rounded-lg border p-2 ${gone ? "border-late-line bg-late-bg" : "border-line"}`}>
              <p className="font-semibold">
                {item.name}
                {gone && <span className="ml-2 text-sm">{`86'd ${gone.until === null ? "until turned back on" : `until ${formatClock(gone.until, timezone)}`}`}</span>}
              </p>
              <div className="mt-1 flex flex-wrap gap-2">
                {gone ? (
                  <button type="button" className={button} onClick={() => setAvailability.mutate({ id: storeId, itemId: item.id, available: true })}>
                    Put {item.name} back on
                  </button>
                ) : (
                  OUT_FOR.map((option) => (
                    <button
                      key={option.label}
                      type="button"
                      className={button}
                      aria-label={`86 ${item.name} ${option.named}`}
                      onClick={() => setAvailability.mutate({ id: storeId, itemId: item.id, available: false, until: option.until() })}
                    >
                      {option.label}
                    </button>
                  ))
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
