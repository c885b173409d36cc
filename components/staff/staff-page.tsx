"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useStores } from "@/components/ui/use-stores";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Modal } from "@/components/ui/modal";
import { PageShell } from "@/components/ui/page-shell";
import { useNotices } from "@/components/ui/notices";
import { ZPin, type Role } from "@/server/domain/access";
import { StaffGroups } from "./staff-groups";

const control = "inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm";
const field = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3";

type Errors = Partial<Record<"name" | "pin" | "stores" | "form", string>>;

const ROLE_LABELS: Record<Role, string> = { staff: "Staff", manager: "Manager", admin: "Admin" };

/**
 * A manager's view of a store's people: add someone, deactivate or reactivate, reset a PIN, unlock
 * someone locked out by wrong PINs, and the store's staff groups. Only the people the caller may manage have these actions.
 */
export function StaffPage({ storeId, assignableRoles }: { storeId: string; assignableRoles: Role[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { notify, region } = useNotices();
  const employees = useQuery(trpc.employees.list.queryOptions({ storeId }));
  const stores = useStores();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.employees.list.queryKey({ storeId }) });
  const [form, setForm] = useState({ name: "", role: "staff" as Role, pin: "", storeIds: [storeId] });
  const [errors, setErrors] = useState<Errors>({});
  const [resetting, setResetting] = useState<{ id: number; name: string } | null>(null);
  const [newPin, setNewPin] = useState("");
  const [pinError, setPinError] = useState<string | null>(null);

  const create = useMutation(
    trpc.employees.create.mutationOptions({
      onSuccess: (person) => {
        notify(`${person.name} can now sign in.`);
        setForm({ name: "", role: "staff", pin: "", storeIds: [storeId] });
        void refresh();
      },
      onError: (error) => setErrors({ form: error.message }),
    }),
  );
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
  const resetPin = useMutation(
    trpc.employees.resetPin.mutationOptions({
      onSuccess: (person) => {
        notify(`${person.name} has a new PIN and was signed out everywhere.`);
        setResetting(null);
      },
      onError: (error) => setPinError(error.message),
    }),
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!form.name.trim()) found.name = "Enter the person's name";
    const pin = ZPin.safeParse(form.pin);
    if (!pin.success) found.pin = pin.error.issues[0]?.message;
    if (form.role !== "admin" && form.storeIds.length === 0) found.stores = "Choose at least one store";
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate(form);
  }

  return (
    <PageShell title="Staff">
      {region}
      {employees.isError && <p role="alert">{employees.error.message}</p>}
      <table className="mt-4 w-full border-collapse text-left">
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
                  <button type="button" className={control} aria-label={`Unlock ${person.name}`} onClick={() => unlock.mutate({ id: person.id })}>
                    Unlock
                  </button>
                )}
                {person.manageable && (
                  <>
                    <button
                      type="button"
                      className={control}
                      aria-label={`${person.active ? "Deactivate" : "Reactivate"} ${person.name}`}
                      onClick={() => setActive.mutate({ id: person.id, active: !person.active })}
                    >
                      {person.active ? "Deactivate" : "Reactivate"}
                    </button>
                    <button
                      type="button"
                      className={control}
                      aria-label={`Reset PIN of ${person.name}`}
                      onClick={() => {
                        setResetting(person);
                        setNewPin("");
                        setPinError(null);
                      }}
                    >
                      Reset PIN
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <StaffGroups storeId={storeId} people={employees.data ?? []} notify={notify} />

      <form onSubmit={submit} noValidate aria-label="Add a person" className="mt-8 grid max-w-xl gap-4 rounded-2xl border border-line bg-panel p-5">
        <h2 className="text-xl font-semibold">Add a person</h2>
        <label>
          Name
          <input className={field} value={form.name} aria-invalid={!!errors.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          {errors.name && <span className="text-sm font-semibold text-late-line">{errors.name}</span>}
        </label>
        <label>
          Role
          <select className={field} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {assignableRoles.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </label>
        <label>
          PIN (4 to 6 digits)
          <input
            className={field}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={form.pin}
            aria-invalid={!!errors.pin}
            onChange={(e) => setForm({ ...form, pin: e.target.value })}
          />
          {errors.pin && <span className="text-sm font-semibold text-late-line">{errors.pin}</span>}
        </label>
        <fieldset>
          <legend>Works at</legend>
          {stores.data?.map((store) => (
            <label key={store.id} className="mr-4 inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={form.storeIds.includes(store.id)}
                onChange={(e) =>
                  setForm({
                    ...form,
                    storeIds: e.target.checked ? [...form.storeIds, store.id] : form.storeIds.filter((id) => id !== store.id),
                  })
                }
              />
              {store.name}
            </label>
          ))}
          {errors.stores && <p className="text-sm font-semibold text-late-line">{errors.stores}</p>}
        </fieldset>
        {errors.form && <p role="alert" className="font-semibold text-late-line">{errors.form}</p>}
        <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg" disabled={create.isPending}>
          Add person
        </button>
      </form>

      {resetting && (
        <Modal title={`Reset PIN of ${resetting.name}`} onClose={() => setResetting(null)}>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const pin = ZPin.safeParse(newPin);
              if (!pin.success) setPinError(pin.error.issues[0]?.message ?? "Not a PIN");
              else resetPin.mutate({ id: resetting.id, pin: pin.data });
            }}
            className="grid gap-3"
          >
            <label>
              New PIN
              <input className={field} type="password" inputMode="numeric" value={newPin} aria-invalid={!!pinError} onChange={(e) => setNewPin(e.target.value)} />
            </label>
            {pinError && <p role="alert" className="font-semibold text-late-line">{pinError}</p>}
            <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg">
              Save new PIN
            </button>
          </form>
        </Modal>
      )}
    </PageShell>
  );
}
