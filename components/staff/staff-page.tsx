"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { PageShell } from "@/components/ui/page-shell";
import { useNotices } from "@/components/ui/notices";
import type { Role } from "@/server/domain/access";
import { AddPersonForm } from "./add-person-form";
import { ResetPinDialog } from "./reset-pin-dialog";
import { StaffGroups } from "./staff-groups";
import { TableFrame } from "@/components/ui/table-frame";

/**
 * A manager's view of a store's people: add someone, deactivate or reactivate, reset a PIN, unlock
 * someone locked out by wrong PINs, and the store's staff groups. Only the people the caller may manage have these actions.
 */
export function StaffPage({ storeId, assignableRoles }: { storeId: string; assignableRoles: Role[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { notify, region } = useNotices();
  const employees = useQuery(trpc.employees.list.queryOptions({ storeId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.employees.list.queryKey({ storeId }) });
  const [resetting, setResetting] = useState<{ id: number; name: string } | null>(null);

  const setActive = useMutation(
    trpc.employees.setActive.mutationOptions({
      onSuccess: (person) => {
        notify(`${person.name} is ${person.active ? "active again" : "deactivated and signed out"}.`);
        void refresh();
      },
      onError: (error) => notify(error.message),
    }),
  );
  const unlock = useMutation(
    trpc.employees.unlock.mutationOptions({
      onSuccess: (person) => {
        notify(`${person.name} can try their PIN again.`);
        void refresh();
      },
      onError: (error) => notify(error.message),
    }),
  );
  return (
    <PageShell title="Staff">
      {region}
      {employees.isError && <p role="alert">{employees.error.message}</p>}
      <TableFrame label="People who work at this store" className="mt-4">
      <table className="w-full border-collapse text-left">
          <caption className="sr-only">People who work at this store</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Stores</th>
              <th scope="col">Status</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {employees.data?.map((person) => (
              <tr key={person.id} className="border-b border-line">
                <th scope="row" className="py-2 font-semibold">{person.name}</th>
                <td className="capitalize">{person.role}</td>
                <td>{person.storeIds.join(", ")}</td>
                <td>
                  {person.active ? "Active" : "Deactivated"}
                  {person.lockedUntil !== null && <span className="ml-2 font-semibold text-late-line">Locked out by wrong PINs</span>}
                </td>
                <td className="flex flex-wrap justify-end gap-2 py-2">
                  {person.manageable && person.lockedUntil !== null && (
                    <Button look="quiet" aria-label={`Unlock ${person.name}`} onClick={() => unlock.mutate({ id: person.id })}>
                      Unlock
                    </Button>
                  )}
                  {person.manageable && (
                    <>
                      <Button look="quiet" aria-label={`${person.active ? "Deactivate" : "Reactivate"} ${person.name}`} onClick={() => setActive.mutate({ id: person.id, active: !person.active })}>
                        {person.active ? "Deactivate" : "Reactivate"}
                      </Button>
                      <Button look="quiet" aria-label={`Reset PIN of ${person.name}`} onClick={() => setResetting(person)}>
                        Reset PIN
                      </Button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>

      <StaffGroups storeId={storeId} people={employees.data ?? []} notify={notify} />

      <AddPersonForm
        storeId={storeId}
        assignableRoles={assignableRoles}
        onAdded={(name) => {
          notify(`${name} can now sign in.`);
          void refresh();
        }}
      />

      {resetting && (
        <ResetPinDialog
          person={resetting}
          onClose={() => setResetting(null)}
          onDone={(name) => {
            notify(`${name} has a new PIN and was signed out everywhere.`);
            setResetting(null);
          }}
        />
      )}
    </PageShell>
  );
}
