"use client";

import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useStores } from "@/components/ui/use-stores";
import type { Role } from "@/server/domain/access";
import { ZNewEmployee } from "@/server/domain/employee";

const ROLE_LABELS: Record<Role, string> = { staff: "Staff", manager: "Manager", admin: "Admin" };

/** Adds a person who can sign in at once with their PIN: checked against the schema the server reads. */
export function AddPersonForm({ storeId, assignableRoles, onAdded }: { storeId: string; assignableRoles: Role[]; onAdded: (name: string) => void }) {
  const trpc = useTRPC();
  const stores = useStores();
  const blank = { name: "", role: "staff" as Role, pin: "", storeIds: [storeId] };
  const form = useForm<z.input<typeof ZNewEmployee>, unknown, z.output<typeof ZNewEmployee>>({ resolver: useFormResolver(ZNewEmployee), defaultValues: blank });
  const create = useMutation(
    trpc.employees.create.mutationOptions({
      onSuccess: (person) => {
        onAdded(person.name);
        form.reset(blank);
      },
      onError: (error) => form.setError("root", { message: error.message }),
    }),
  );
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((person) => create.mutate(person))} noValidate aria-label="Add a person" className="mt-8 grid max-w-xl gap-4 rounded-2xl border border-line bg-panel p-5">
      <h2 className="text-xl font-semibold">Add a person</h2>
      <Field label="Name" error={errors.name?.message}>
        <Input {...form.register("name")} />
      </Field>
      <Field label="Role">
        <Select {...form.register("role")}>
          {assignableRoles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="PIN (4 to 6 digits)" error={errors.pin?.message}>
        <Input type="password" inputMode="numeric" autoComplete="new-password" {...form.register("pin")} />
      </Field>
      <fieldset>
        <legend>Works at</legend>
        {stores.data?.map((store) => (
          <label key={store.id} className="mr-4 inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5" value={store.id} {...form.register("storeIds")} />
            {store.name}
          </label>
        ))}
        <FormError message={errors.storeIds?.message} className="text-sm" />
      </fieldset>
      <FormError message={errors.root?.message} />
      <Button type="submit" look="primary" disabled={create.isPending}>
        Add person
      </Button>
    </form>
  );
}
