"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

const control = "inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm";

type Person = { id: number; name: string; active: boolean };

/** A store's staff groups (kitchen, expo, drivers): orders are assigned to them, and "My orders" on the board includes a person's groups. */
export function StaffGroups({ storeId, people, notify }: { storeId: string; people: Person[]; notify: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.employees.groups.queryOptions({ storeId }));
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.employees.groups.queryKey({ storeId }) });
  const onError = (failure: { message: string }) => notify(failure.message);
  const create = useMutation(
    trpc.employees.createGroup.mutationOptions({
      onSuccess: (group) => {
        notify(`Group ${group.name} added.`);
        setName("");
        void refresh();
      },
      onError: (failure) => setError(failure.message),
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
                <button type="button" className={`${control} ml-auto`} aria-label={`Delete group ${group.name}`} onClick={() => remove.mutate({ storeId, groupId: group.id })}>
                  Delete
                </button>
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
      <form
        aria-label="Add a group"
        className="mt-3 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) setError("Enter the group's name");
          else {
            setError(null);
            create.mutate({ storeId, name: name.trim() });
          }
        }}
      >
        <label className="flex flex-col">
          Group name
          <input className="mt-1 min-h-11 rounded-lg border border-line bg-card px-3" value={name} maxLength={40} aria-invalid={!!error} onChange={(e) => setName(e.target.value)} />
        </label>
        <Button type="submit" look="primary" disabled={create.isPending}>
          Add group
        </Button>
        <FormError message={error} className="w-full" />
      </form>
    </section>
  );
}
