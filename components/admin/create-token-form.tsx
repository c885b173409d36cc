"use client";

import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useStores } from "@/components/ui/use-stores";
import { ABILITIES, type Ability } from "@/server/domain/access";
import { ZNewToken } from "@/server/domain/api-token";

const blank = { name: "", abilities: ["orders:read", "orders:write"] as Ability[], storeId: null };

/** Makes an integrator's token, checked against the schema the procedure reads; the secret goes to `onCreated`, shown once. */
export function CreateTokenForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const trpc = useTRPC();
  const stores = useStores();
  const form = useForm<z.input<typeof ZNewToken>, unknown, z.output<typeof ZNewToken>>({ resolver: useFormResolver(ZNewToken), defaultValues: blank });
  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: ({ token, secret }) => {
        onCreated(token.name, secret);
        form.reset(blank);
      },
      onError: (failure) => form.setError("root", { message: failure.message }),
    }),
  );
  const { errors } = form.formState;
  return (
    <form aria-label="Create a token" noValidate className="mt-8 grid max-w-xl gap-4 rounded-2xl border border-line bg-panel p-5" onSubmit={form.handleSubmit((token) => create.mutate(token))}>
      <h2 className="text-xl font-semibold">Create a token</h2>
      <Field label="Token name" error={errors.name?.message}>
        <Input {...form.register("name")} />
      </Field>
      <fieldset>
        <legend>Abilities</legend>
        {ABILITIES.map((ability) => (
          <label key={ability} className="mr-4 inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5" value={ability} {...form.register("abilities")} />
            {ability}
          </label>
        ))}
        <FormError message={errors.abilities?.message} className="text-sm" />
      </fieldset>
      <Field label="Store">
        <Select {...form.register("storeId", { setValueAs: (value: string | null) => value || null })}>
          <option value="">All stores</option>
          {stores.data?.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </Select>
      </Field>
      <FormError message={errors.root?.message} />
      <Button type="submit" look="primary" disabled={create.isPending}>
        Create token
      </Button>
    </form>
  );
}
