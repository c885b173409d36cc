"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { useStores } from "@/components/ui/use-stores";
import { useFormat } from "@/components/ui/use-format";
import { Modal } from "@/components/ui/modal";
import { PageShell } from "@/components/ui/page-shell";
import { Button } from "@/components/ui/button";
import { CreateTokenForm } from "./create-token-form";
import { TableFrame } from "@/components/ui/table-frame";

const UTC = "UTC";

/** An admin's view of integrator tokens: create one (its secret shown once), see use, revoke. */
export function TokensPage() {
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const stores = useStores();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: number; name: string } | null>(null);

  const revoke = useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: () => void refresh().then(() => setRevoking(null)) }));

  return (
    <PageShell title="API tokens">
      <p className="text-muted">Integrators call the REST API with `Authorization: Bearer &lt;token&gt;`. Times are in UTC.</p>
      {tokens.isError && <p role="alert">{tokens.error.message}</p>}
      <TableFrame label="API tokens" className="mt-4">
      <table className="w-full border-collapse text-left text-sm">
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
                <td>{token.storeId === null ? "All stores" : (stores.data?.find((store) => store.id === token.storeId)?.name ?? token.storeId)}</td>
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
      </TableFrame>

      <CreateTokenForm
        onCreated={(name, value) => {
          setSecret({ name, value });
          void refresh();
        }}
      />

      {secret && (
        <Modal title={`Token "${secret.name}" created`} onClose={() => setSecret(null)}>
          <p>Copy the secret now: it is shown only this once.</p>
          <p className="mt-3 rounded-lg bg-note-bg p-3 font-mono break-all text-note-fg" aria-label="Token secret">
            {secret.value}
          </p>
          <Button look="quiet" className="mt-3" onClick={() => void navigator.clipboard?.writeText(secret.value)}>
            Copy secret
          </Button>
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
