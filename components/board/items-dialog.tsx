"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useFormat } from "@/components/ui/use-format";
import { Modal } from "@/components/ui/modal";
import { useTRPC } from "@/components/trpc/react";
import type { Controls } from "./store-controls";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/use-refusal-text";

const OUT_FOR = [
  { id: "day", until: () => "end_of_day" as const },
  { id: "hours", until: () => new Date(Date.now() + 2 * 3_600_000).toISOString() },
  { id: "open", until: () => undefined },
] as const;

/**
 * 86'ing from the board: every dish of the menu, the ones out first, each put out in one tap (for
 * the rest of the day, two hours, or until turned back on) or back on.
 */
export function ItemsDialog({ storeId, controls, timezone, onClose }: { storeId: string; controls: Controls; timezone: string; onClose: () => void }) {
  const format = useFormat();
  const t = useTranslations("items86");
  const refusal = useRefusalText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const menu = useQuery(trpc.menu.list.queryOptions({ id: storeId }));
  const [find, setFind] = useState("");
  const setAvailability = useMutation(
    trpc.menu.availability.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.menu.list.queryKey({ id: storeId }) }),
      onError: (error) => toast.error(refusal(error)),
    }),
  );
  const out = new Map(controls.unavailable.map((item) => [item.id, item]));
  const shown = (menu.data?.items ?? []).filter((item) => item.name.toLowerCase().includes(find.trim().toLowerCase())).sort((a, b) => Number(out.has(b.id)) - Number(out.has(a.id)));
  return (
    <Modal title={t("title")} onClose={onClose} variant="drawer">
      <label className="block">
        <span className="font-semibold">{t("find")}</span>
        <Input type="search" value={find} onChange={(event) => setFind(event.target.value)} />
      </label>
      {menu.isPending && <p role="status">{t("loading")}</p>}
      <ul aria-label={t("list")} className="mt-3 space-y-2">
        {shown.map((item) => {
          const gone = out.get(item.id);
          return (
            <li key={item.id} className={`rounded-lg border p-2 ${gone ? "border-late-line bg-late-bg" : "border-line"}`}>
              <p className="font-semibold">
                {item.name}
                {gone && <span className="ml-2 text-sm">{gone.until === null ? t("outUntilOn") : t("outUntil", { time: format.clock(gone.until, timezone) })}</span>}
              </p>
              <div className="mt-1 flex flex-wrap gap-2">
                {gone ? (
                  <Button onClick={() => setAvailability.mutate({ id: storeId, itemId: item.id, available: true })}>{t("backOn", { name: item.name })}</Button>
                ) : (
                  OUT_FOR.map((option) => (
                    <Button
                      key={option.id}
                      aria-label={t(`named.${option.id}`, { name: item.name })}
                      onClick={() => setAvailability.mutate({ id: storeId, itemId: item.id, available: false, until: option.until() })}
                    >
                      {t(`choice.${option.id}`)}
                    </Button>
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
