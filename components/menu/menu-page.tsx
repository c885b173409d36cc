"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ComponentProps } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/components/trpc/react";
import { PageShell } from "@/components/ui/page-shell";
import { useNotices } from "@/components/ui/notices";
import { formatMoney } from "@/server/domain/money";
import { PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { TableFrame } from "@/components/ui/table-frame";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { dishFormValues, EMPTY_DISH, menuItemForm, type MenuFormValues, type MenuItemDraft } from "./menu-item-form";

type DishFormProps = {
  label: string;
  values: MenuFormValues;
  submitLabel: string;
  /** Saves the dish; a refusal's message shows under the form. */
  onSave: (dish: MenuItemDraft) => Promise<unknown>;
  onCancel?: () => void;
  className: string;
};

/** A dish's name, category, price and stock, checked by the menu's own rules before it is saved; the add form starts over once saved. */
function DishForm({ label, values, submitLabel, onSave, onCancel, className }: DishFormProps) {
  const form = useForm<MenuFormValues, unknown, MenuItemDraft>({ resolver: useFormResolver(menuItemForm), defaultValues: values });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (dish) => {
    try {
      await onSave(dish);
      form.reset(values);
    } catch (error) {
      form.setError("root", { message: (error as Error).message });
    }
  });
  const field = (name: keyof MenuFormValues, text: string, props: ComponentProps<typeof Input>) => (
    <Field label={<span className="text-sm font-semibold">{text}</span>} error={errors[name]?.message}>
      <Input {...props} {...form.register(name)} />
    </Field>
  );
  return (
    <form aria-label={label} className={className} onSubmit={submit} noValidate>
      {field("name", "Dish", { maxLength: 200 })}
      {field("category", "Category", { maxLength: 80 })}
      {field("price", "Price ($)", { inputMode: "decimal" })}
      {field("stock", "Stock (blank: not counted)", { inputMode: "numeric" })}
      <Button type="submit" look="quiet" disabled={isSubmitting}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button look="quiet" onClick={onCancel}>
          Cancel
        </Button>
      )}
      <FormError message={errors.root?.message} className="sm:col-span-full" />
    </form>
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
  const [editing, setEditing] = useState<number | null>(null);
  const add = useMutation(
    trpc.menu.add.mutationOptions({
      onSuccess: ({ item }) => {
        notify(`${item.name} added to the menu.`);
        void refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.menu.update.mutationOptions({
      onSuccess: ({ item }) => {
        notify(`${item.name} saved.`);
        setEditing(null);
        void refresh();
      },
    }),
  );
  const items = menu.data?.items ?? [];

  return (
    <PageShell title="Menu">
      {region}
      <p className="mt-2 text-muted">Every dish this store&apos;s orders have named, learnt as they come in, with each platform&apos;s id for it.</p>
      {menu.isError && <p role="alert">{menu.error.message}</p>}
      {canEdit && (
        <DishForm
          label="Add a dish"
          values={EMPTY_DISH}
          submitLabel="Add dish"
          onSave={(dish) => add.mutateAsync({ id: storeId, ...dish })}
          className="mt-4 grid gap-3 rounded-2xl border border-line bg-panel p-4 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end"
        />
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
              editing === item.id ? (
                <tr key={item.id} className="border-b border-line">
                  <td colSpan={canEdit ? 6 : 5} className="p-2">
                    <DishForm
                      label={`Edit ${item.name}`}
                      values={dishFormValues(item)}
                      submitLabel="Save"
                      onSave={(dish) => update.mutateAsync({ id: storeId, itemId: item.id, ...dish })}
                      onCancel={() => setEditing(null)}
                      className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto_auto] sm:items-end"
                    />
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
                        onClick={() => setEditing(item.id)}
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
