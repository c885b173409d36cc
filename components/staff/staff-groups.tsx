"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { ZNewGroup } from "@/server/domain/employee";

type Person = { id: number; name: string; active: boolean };

/** A store's staff groups (kitchen, expo, drivers): orders are assigned to them, and "My orders" on the board includes a person's groups. */
export function StaffGroups({ storeId, people, notify }: { storeId: string; people: Person[]; notify: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.employees.groups.queryOptions({ storeId }));
  const form = useForm<z.input<typeof ZNewGroup>, unknown, z.output<typeof ZNewGroup>>({ resolver: useFormResolver(ZNewGroup), defaultValues: { name: "" } });
  const { errors } = form.formState;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.employees.groups.queryKey({ storeId }) });
  const onError = (failure: { message: string }) => notify(failure.message);
  const create = useMutation(
    trpc.employees.createGroup.mutationOptions({
      onSuccess: (group) => {
        notify(`Group ${group.name} added.`);
        form.reset({ name: "" });
        void refresh();
      },
      onError: (failure) => form.setError("root", { message: failure.message }),
    }),
  );
  const remove = useMutation(trpc.employees.deleteGroup.mutationOptions({ onSuccess: () => void refresh(), onError }));
  const setMember = useMutation(trpc.employees.setGroupMember.mutationOptions({ onSuccess: () => void refresh(), onError }));

  return (
    <section aria-label="Groups" className="mt-8">
      <h2 className="text-xl font-semibold">Groups</h2>
      {groups.isError && <p role="alert">{groups.error.message}</p>}
      {groups.data?.length === 0 && <p className="mt-2 text-muted">No groups yet: add one (Kitchen, Expo, Drivers) to assign orders to it.</p>}
      <ul className="mt-2 grid gap-3">
        {groups.data?.map((group) => (
          <li key={group.id} className="rounded-2xl border border-line bg-panel p-4">
            <fieldset>
              <legend className="flex w-full items-center gap-2 font-semibold">
                {group.name}
                <Button look="quiet" className="ml-auto" aria-label={`Delete group ${group.name}`} onClick={() => remove.mutate({ storeId, groupId: group.id })}>
                  Delete
                </Button>
              </legend>
              {people
                .filter((person) => person.active)
                .map((person) => (
                  <label key={person.id} className="mr-4 inline-flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      checked={group.memberIds.includes(person.id)}
                      onChange={(e) => setMember.mutate({ storeId, groupId: group.id, employeeId: person.id, member: e.target.checked })}
                    />
                    {person.name}
                  </label>
                ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <form aria-label="Add a group" className="mt-3 flex flex-wrap items-start gap-2" onSubmit={form.handleSubmit((group) => create.mutate({ storeId, ...group }))} noValidate>
        <Field label="Group name" error={errors.name?.message}>
          <Input maxLength={40} {...form.register("name")} />
        </Field>
        <Button type="submit" look="primary" className="mt-7" disabled={create.isPending}>
          Add group
        </Button>
        <FormError message={errors.root?.message} className="w-full" />
      </form>
    </section>
  );
}
