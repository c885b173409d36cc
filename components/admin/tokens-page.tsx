"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useStores } from "@/components/ui/use-stores";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { useFormat } from "@/components/ui/use-format";
import { Modal } from "@/components/ui/modal";
import { PageShell } from "@/components/ui/page-shell";
import { ABILITIES, type Ability } from "@/server/domain/access";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

const control = "inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm";
const UTC = "UTC";

/** An admin's view of integrator tokens: create one (its secret shown once), see use, revoke. */
export function TokensPage() {
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const stores = useStores();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
  const [name, setName] = useState("");
  const [abilities, setAbilities] = useState<Ability[]>(["orders:read", "orders:write"]);
  const [storeId, setStoreId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: number; name: string } | null>(null);

  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: ({ token, secret: value }) => {
        setSecret({ name: token.name, value });
        setName("");
        void refresh();
      },
      onError: (failure) => setError(failure.message),
    }),
  );
  const revoke = useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: () => void refresh().then(() => setRevoking(null)) }));

  return (
    <PageShell title="API tokens">
      <p className="text-muted">Integrators call the REST API with `Authorization: Bearer &lt;token&gt;`. Times are in UTC.</p>
      {tokens.isError && <p role="alert">{tokens.error.message}</p>}
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Abilities</th>
            <th scope="col">Store</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.data?.map((token) => (
            <tr key={token.id} className="border-b border-line">
              <th scope="row" className="py-2">{token.name}</th>
              <td className="font-mono">{token.prefix}…</td>
              <td>{token.abilities.join(", ")}</td>
              <td>{token.storeId ?? "All stores"}</td>
              <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt, UTC) : "Never"}</td>
              <td>{token.revokedAt ? "Revoked" : "Active"}</td>
              <td className="py-2 text-right">
                {!token.revokedAt && (
                  <Button look="quiet" aria-label={`Revoke ${token.name}`} onClick={() => setRevoking(token)}>
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <form
        aria-label="Create a token"
        noValidate
        className="mt-8 grid max-w-xl gap-4 rounded-2xl border border-line bg-panel p-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return setError("Give the token a name");
          if (abilities.length === 0) return setError("Give the token at least one ability");
          setError(null);
          create.mutate({ name, abilities, storeId: storeId || null });
        }}
      >
        <h2 className="text-xl font-semibold">Create a token</h2>
        <label>
          Token name
          <Input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <fieldset>
          <legend>Abilities</legend>
          {ABILITIES.map((ability) => (
            <label key={ability} className="mr-4 inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={abilities.includes(ability)}
                onChange={(e) => setAbilities(e.target.checked ? [...abilities, ability] : abilities.filter((a) => a !== ability))}
              />
              {ability}
            </label>
          ))}
        </fieldset>
        <label>
          Store
          <Select value={storeId} onChange={(e) => setStoreId(e.target.value)}>
            <option value="">All stores</option>
            {stores.data?.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </Select>
        </label>
        {error && <p role="alert" className="font-semibold text-late-line">{error}</p>}
        <Button type="submit" look="primary" disabled={create.isPending}>
          Create token
        </Button>
      </form>

      {secret && (
        <Modal title={`Token "${secret.name}" created`} onClose={() => setSecret(null)}>
          <p>Copy the secret now: it is shown only this once.</p>
          <p className="mt-3 rounded-lg bg-note-bg p-3 font-mono break-all text-note-fg" aria-label="Token secret">
            {secret.value}
          </p>
          <button type="button" className={`${control} mt-3`} onClick={() => void navigator.clipboard?.writeText(secret.value)}>
            Copy secret
          </button>
        </Modal>
      )}
      {revoking && (
        <Modal title={`Revoke "${revoking.name}"?`} onClose={() => setRevoking(null)}>
          <p>Anything still using this token will be refused from now on.</p>
          <div className="mt-4 flex justify-end gap-2">
            <Button look="quiet" onClick={() => setRevoking(null)}>
              Keep token
            </Button>
            <Button look="danger" onClick={() => revoke.mutate({ id: revoking.id })}>
              Revoke token
            </Button>
          </div>
        </Modal>
      )}
    </PageShell>
  );
}
