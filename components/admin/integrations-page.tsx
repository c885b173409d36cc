"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { useTRPC } from "@/components/trpc/react";
import { PageShell } from "@/components/ui/page-shell";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import type { RouterOutputs } from "@/server/trpc/root";

type Connection = RouterOutputs["integrations"]["connections"][number]["connections"][number];

const field = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3";
const control = "inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm font-semibold";

/** A Standard Webhooks secret made in the browser: 24 random bytes, base64, behind `whsec_`. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

const origin = () => window.location.origin;

function ConnectionForm({ connection, storeName }: { connection: Connection; storeName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const label = `${PLATFORM_LABELS[connection.platform]} at ${storeName}`;
  const [enabled, setEnabled] = useState(connection.enabled);
  const [endpointUrl, setEndpointUrl] = useState(connection.endpointUrl ?? "");
  const [secrets, setSecrets] = useState(connection.signingSecrets.join("\n"));
  const [minutes, setMinutes] = useState(String(connection.acceptDeadlineSeconds / 60));
  const [message, setMessage] = useState<{ kind: "saved" | "error"; text: string } | null>(null);
  const webhookUrl = `${useSyncExternalStore(() => () => {}, origin, () => "")}/api/webhooks/${connection.platform}`;
  const save = useMutation(
    trpc.integrations.saveConnection.mutationOptions({
      onSuccess: () => {
        setMessage({ kind: "saved", text: `${label} saved` });
        void queryClient.invalidateQueries(trpc.integrations.connections.queryFilter());
      },
      onError: (error) => {
        const fields = error.data?.fieldErrors as Record<string, string[] | undefined> | undefined;
        const details = fields ? Object.values(fields).flat().filter(Boolean).join("; ") : "";
        setMessage({ kind: "error", text: details || error.message });
      },
    }),
  );
  const id = `${connection.storeId}-${connection.platform}`;
  return (
    <form
      aria-label={label}
      className="rounded-xl border border-line bg-card p-3"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        save.mutate({
          storeId: connection.storeId,
          platform: connection.platform,
          enabled,
          endpointUrl: endpointUrl.trim() || null,
          signingSecrets: secrets.split(/\s+/).filter(Boolean),
          acceptDeadlineMinutes: Number(minutes),
        });
      }}
    >
      <h3 className="flex items-center justify-between font-bold">
        {PLATFORM_LABELS[connection.platform]}
        <span className="text-sm font-normal text-muted">{connection.connected ? (connection.enabled ? "Connected" : "Paused") : "Not connected"}</span>
      </h3>
      <label className="mt-2 flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} className="size-5" />
        Take orders and send notifications
      </label>
      {connection.platform === "direct" && (
        <p className="mt-2 text-sm text-muted">
          Your own channels (web shop, app, kiosk, phone, POS): orders in Orderboard&apos;s own format, here or through the REST API with
          platform <code>direct</code>; our notifications go to your own endpoint.
        </p>
      )}
      <p className="mt-2 text-sm">
        Give {connection.platform === "direct" ? "your channels" : PLATFORM_LABELS[connection.platform]} this webhook address: <code className="break-all">{webhookUrl}</code>
      </p>
      <label htmlFor={`${id}-url`} className="mt-2 block text-sm font-semibold">
        Notification endpoint
      </label>
      <input id={`${id}-url`} type="url" className={field} value={endpointUrl} placeholder="https://…" onChange={(event) => setEndpointUrl(event.target.value)} />
      <label htmlFor={`${id}-secrets`} className="mt-2 block text-sm font-semibold">
        Signing secrets, newest first
      </label>
      <textarea id={`${id}-secrets`} className={`${field} py-2 font-mono text-xs`} rows={2} value={secrets} onChange={(event) => setSecrets(event.target.value)} />
      <button type="button" className={`${control} mt-1`} onClick={() => setSecrets((current) => [newSecret(), ...current.split(/\s+/).filter(Boolean)].slice(0, 3).join("\n"))}>
        Add a new secret
      </button>
      <label htmlFor={`${id}-deadline`} className="mt-2 block text-sm font-semibold">
        Accept deadline (minutes)
      </label>
      <input id={`${id}-deadline`} type="number" min={1} max={60} step={0.5} className={field} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
      <div className="mt-3 flex items-center gap-3">
        <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg" disabled={save.isPending}>
          Save {label}
        </button>
        {message && (
          <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "text-late-line" : ""}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}

/** Admins connect each store to each platform: secrets both ways, where notifications go, how long the platform waits. */
export function IntegrationsPage() {
  const trpc = useTRPC();
  const connections = useQuery(trpc.integrations.connections.queryOptions());
  return (
    <PageShell title="Platforms">
      <p className="text-muted">
        Platforms sign their webhooks with a secret from this page, and our notifications to them are signed with the same secrets
        (Standard Webhooks). During a rotation keep the old secret below the new one until the platform has switched.
      </p>
      {connections.isError && <p role="alert">{connections.error.message}</p>}
      {connections.data?.map(({ store, connections: list }) => (
        <section key={store.id} aria-label={store.name} className="mt-6">
          <h2 className="text-xl font-bold">{store.name}</h2>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            {list.map((connection) => (
              <ConnectionForm key={connection.platform} connection={connection} storeName={store.name} />
            ))}
          </div>
        </section>
      ))}
    </PageShell>
  );
}
