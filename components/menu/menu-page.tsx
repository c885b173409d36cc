"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { PageShell } from "@/components/ui/page-shell";
import { useNotices } from "@/components/ui/notices";
import { centsFromDollars, formatMoney } from "@/server/domain/money";
import { PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { TableFrame } from "@/components/ui/table-frame";


type Draft = { name: string; category: string; price: string; stock: string };
const EMPTY: Draft = { name: "", category: "", price: "", stock: "" };

/** A draft as the API takes it, or why it cannot be saved. */
function readDraft(draft: Draft): { name: string; category: string | null; price_cents: number; stock: number | null } | string {
  const cents = centsFromDollars(draft.price);
  if (!draft.name.trim()) return "Give the dish a name";
  if (cents === null) return "Give the price in dollars, e.g. 12.50";
  const stock = draft.stock.trim() === "" ? null : /^\d{1,6}$/.test(draft.stock.trim()) ? Number(draft.stock.trim()) : undefined;
  if (stock === undefined) return "Give the stock as a whole number of portions, or leave it blank not to count it";
  return { name: draft.name.trim(), category: draft.category.trim() || null, price_cents: cents, stock };
}

function DraftFields({ draft, onChange, idPrefix }: { draft: Draft; onChange: (draft: Draft) => void; idPrefix: string }) {
  return (
    <>
      <label htmlFor={`${idPrefix}-name`} className="text-sm font-semibold">
        Dish
        <Input id={`${idPrefix}-name`} value={draft.name} maxLength={200} onChange={(e) => onChange({ ...draft, name: e.target.value })} />
      </label>
      <label htmlFor={`${idPrefix}-category`} className="text-sm font-semibold">
        Category
        <Input id={`${idPrefix}-category`} value={draft.category} maxLength={80} onChange={(e) => onChange({ ...draft, category: e.target.value })} />
      </label>
      <label htmlFor={`${idPrefix}-price`} className="text-sm font-semibold">
        Price ($)
        <Input id={`${idPrefix}-price`} inputMode="decimal" value={draft.price} onChange={(e) => onChange({ ...draft, price: e.target.value })} />
      </label>
      <label htmlFor={`${idPrefix}-stock`} className="text-sm font-semibold">
        Stock (blank: not counted)
        <Input id={`${idPrefix}-stock`} inputMode="numeric" value={draft.stock} onChange={(e) => onChange({ ...draft, stock: e.target.value })} />
      </label>
    </>
  );
}

/**
 * A store's menu: every dish its orders have named, learnt as they come in, with each platform's id
 * for it. Managers add dishes and correct names, categories and prices; orders never overwrite them.
 */
export function MenuPage({ storeId, canEdit }: { storeId: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { notify, region } = useNotices();
  const menu = useQuery(trpc.menu.list.queryOptions({ id: storeId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.menu.list.queryKey({ id: storeId }) });
  const [adding, setAdding] = useState<Draft>(EMPTY);
  const [addError, setAddError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: number; draft: Draft } | null>(null);
  const add = useMutation(
    trpc.menu.add.mutationOptions({
      onSuccess: ({ item }) => {
        notify(`${item.name} added to the menu.`);
        setAdding(EMPTY);
        void refresh();
      },
      onError: (failure) => setAddError(failure.message),
    }),
  );
  const update = useMutation(
    trpc.menu.update.mutationOptions({
      onSuccess: ({ item }) => {
        notify(`${item.name} saved.`);
        setEditing(null);
        void refresh();
      },
      onError: (failure) => notify(failure.message),
    }),
  );
  const items = menu.data?.items ?? [];

  return (
    <PageShell title="Menu">
      {region}
      <p className="mt-2 text-muted">Every dish this store&apos;s orders have named, learnt as they come in, with each platform&apos;s id for it.</p>
      {menu.isError && <p role="alert">{menu.error.message}</p>}
      {canEdit && (
        <form
          aria-label="Add a dish"
          className="mt-4 grid gap-3 rounded-2xl border border-line bg-panel p-4 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            const read = readDraft(adding);
            setAddError(typeof read === "string" ? read : null);
            if (typeof read !== "string") add.mutate({ id: storeId, ...read });
          }}
        >
          <DraftFields draft={adding} onChange={setAdding} idPrefix="add" />
          <Button type="submit" look="quiet" disabled={add.isPending}>
            Add dish
          </Button>
          {addError && (
            <p role="alert" className="text-late-line sm:col-span-4">
              {addError}
            </p>
          )}
        </form>
      )}
      {menu.data && items.length === 0 && <p className="mt-4 text-muted">No dishes yet: they appear as orders come in.</p>}
      <TableFrame label="Menu" className="mt-4">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The menu of this store</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">Dish</th>
              <th scope="col" className="p-2">Category</th>
              <th scope="col" className="p-2">Price</th>
              <th scope="col" className="p-2">Stock</th>
              <th scope="col" className="p-2">Platform ids</th>
              {canEdit && <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) =>
              editing?.id === item.id ? (
                <tr key={item.id} className="border-b border-line">
                  <td colSpan={canEdit ? 6 : 5} className="p-2">
                    <form
                      aria-label={`Edit ${item.name}`}
                      className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto_auto] sm:items-end"
                      onSubmit={(event) => {
                        event.preventDefault();
                        const read = readDraft(editing.draft);
                        if (typeof read === "string") notify(read);
                        else update.mutate({ id: storeId, itemId: item.id, ...read });
                      }}
                    >
                      <DraftFields draft={editing.draft} onChange={(draft) => setEditing({ id: item.id, draft })} idPrefix={`edit-${item.id}`} />
                      <Button type="submit" look="quiet" disabled={update.isPending}>
                        Save
                      </Button>
                      <Button look="quiet" onClick={() => setEditing(null)}>
                        Cancel
                      </Button>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={item.id} className="border-b border-line">
                  <th scope="row" className="p-2 font-semibold">
                    {item.name}
                    {!item.available && <span className="ml-2 rounded-md bg-late-bg px-1.5 text-sm">{"86'd"}</span>}
                  </th>
                  <td className="p-2">{item.category ?? "—"}</td>
                  <td className="p-2">{formatMoney(item.price_cents, "USD")}</td>
                  <td className="p-2">{item.stock ?? "—"}</td>
                  <td className="p-2 text-muted">
                    {Object.entries(item.platform_ids)
                      .map(([platform, id]) => `${PLATFORM_LABELS[platform as Platform]}: ${id}`)
                      .join(" · ") || "—"}
                  </td>
                  {canEdit && (
                    <td className="p-2">
                      <Button
                       
                        look="quiet"
                        aria-label={`Edit ${item.name}`}
                        onClick={() => setEditing({ id: item.id, draft: { name: item.name, category: item.category ?? "", price: (item.price_cents / 100).toFixed(2), stock: item.stock === null ? "" : String(item.stock) } })}
                      >
                        Edit
                      </Button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </TableFrame>
    </PageShell>
  );
}
