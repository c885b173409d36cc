"use client";

import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { z } from "zod";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { useTRPC } from "@/components/trpc/react";
import { useRefusalText } from "@/components/ui/use-refusal-text";
import { PLATFORM_LABELS, PLATFORMS, ZPlatform } from "@/server/domain/platforms";
import { ZAutoAccept } from "@/server/domain/store-controls";
import { Input } from "@/components/ui/field";

/** Limits as typed: blank means none; the total in dollars. */
const optionalNumber = z.preprocess((value) => (value === "" || value === null ? null : Number(value)), z.number().nullable());
const formSchema = (totalInDollars: string) =>
  z.object({
    platforms: z.array(ZPlatform),
    prep_minutes: z.coerce.number<string>().pipe(ZAutoAccept.shape.prep_minutes),
    max_items: optionalNumber.pipe(ZAutoAccept.shape.max_items),
    max_total: optionalNumber.pipe(z.number().positive(totalInDollars).nullable()),
  });
type ZForm = ReturnType<typeof formSchema>;
type FormInput = z.input<ZForm>;

/** A manager sets which platforms' new orders the store accepts at once, the prep time quoted, and the limits over which a person decides. */
export function AutoAcceptDialog({ storeId, onClose }: { storeId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("autoAcceptDialog");
  const refusal = useRefusalText();
  const current = useQuery(trpc.stores.autoAccept.queryOptions({ id: storeId }));
  const save = useMutation(
    trpc.stores.setAutoAccept.mutationOptions({
      onSuccess: () => {
        toast.success(t("saved"));
        onClose();
      },
      onError: (error) => toast.error(refusal(error)),
    }),
  );
  const settings = current.data;
  const form = useForm<FormInput, unknown, z.output<ZForm>>({
    resolver: useFormResolver(formSchema(t("totalInDollars"))),
    values: settings && {
      platforms: settings.platforms,
      prep_minutes: String(settings.prep_minutes),
      max_items: settings.max_items === null ? "" : String(settings.max_items),
      max_total: settings.max_total_cents === null ? "" : String(settings.max_total_cents / 100),
    },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ platforms, prep_minutes, max_items, max_total }) =>
    save.mutate({ id: storeId, platforms, prep_minutes, max_items, max_total_cents: max_total === null ? null : Math.round(max_total * 100) }),
  );
  return (
    <Modal title={t("title")} onClose={onClose}>
      {!settings ? (
        <p role="status">{t("loading")}</p>
      ) : (
        <form onSubmit={submit} className="space-y-4" noValidate>
          <fieldset>
            <legend className="mb-2 font-semibold">{t("platforms")}</legend>
            <div className="grid grid-cols-2 gap-2">
              {PLATFORMS.map((platform) => (
                <label key={platform} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3">
                  <input type="checkbox" className="h-5 w-5" value={platform} {...form.register("platforms")} />
                  {PLATFORM_LABELS[platform]}
                </label>
              ))}
            </div>
            <p className="mt-1 text-sm">{t("stillWait")}</p>
          </fieldset>
          {(
            [
              ["prep_minutes", t("prepMinutes"), errors.prep_minutes],
              ["max_items", t("maxItems"), errors.max_items],
              ["max_total", t("maxTotal"), errors.max_total],
            ] as const
          ).map(([name, label, error]) => (
            <label key={name} className="block">
              <span className="font-semibold">{label}</span>
              <Input inputMode="decimal" aria-invalid={error !== undefined} {...form.register(name)} />
              {error && (
                <span role="alert" className="mt-1 block text-sm font-semibold text-late-line">
                  {error.message}
                </span>
              )}
            </label>
          ))}
          <DialogActions submitLabel={t("save")} onBack={onClose} />
        </form>
      )}
    </Modal>
  );
}
