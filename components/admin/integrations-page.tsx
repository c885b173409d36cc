"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTRPC } from "@/components/trpc/react";
import { formatAge } from "@/components/ui/format";
import { PageShell } from "@/components/ui/page-shell";
import { useNow } from "@/components/ui/use-now";
import { SigningSecrets } from "./signing-secrets";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import type { RouterOutputs } from "@/server/trpc/root";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import type { ConnectionSettings } from "@/server/domain/platform-connection";
import { connectionForm, connectionFormValues, type ConnectionFormValues } from "./connection-form";

type Connection = RouterOutputs["integrations"]["connections"][number]["connections"][number];


const origin = () => window.location.origin;

/** "Connected" as the last real delivery each way says it: received from the platform, sent to it, failing since. */
function Activity({ connection }: { connection: Connection }) {
  const now = useNow(15_000);
  const ago = (at: number | null) => (at === null ? "never" : `${formatAge(now - at)} ago`);
  return (
    <dl aria-label="Deliveries" className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
      <dt>Last received</dt>
      <dd>{ago(connection.lastReceivedAt)}</dd>
      <dt>Last sent</dt>
      <dd>{ago(connection.lastSentAt)}</dd>
      {connection.failingSince !== null && (
        <>
          <dt className="font-semibold text-late-line">Failing since</dt>
          <dd className="font-semibold text-late-line">{ago(connection.failingSince)}</dd>
        </>
      )}
    </dl>
  );
}

/** Sends the endpoint a signed test notification now and says what came back. */
function SendTest({ connection, label }: { connection: Connection; label: string }) {
  const trpc = useTRPC();
  const [answer, setAnswer] = useState<string | null>(null);
  const send = useMutation(
    trpc.integrations.sendTest.mutationOptions({
      onMutate: () => setAnswer(null),
      onSuccess: (result) => setAnswer(result.delivered ? `Test delivered (HTTP ${result.status})` : `Test not delivered: ${result.error ?? `HTTP ${result.status}`}`),
      onError: (error) => setAnswer(error.message),
    }),
  );
  return (
    <>
      <Button look="quiet" aria-label={`Send test to ${label}`} disabled={send.isPending} onClick={() => send.mutate({ storeId: connection.storeId, platform: connection.platform })}>
        Send test
      </Button>
      {answer && (
        <p role="status" aria-label={`Test of ${label}`}>
          {answer}
        </p>
      )}
    </>
  );
}

/** A refusal as the server words it: the fields it names, else its message. */
function refusalOf(error: { message: string; data?: { fieldErrors?: unknown } | null }) {
  const fields = error.data?.fieldErrors as Record<string, string[] | undefined> | undefined;
  return (fields ? Object.values(fields).flat().filter(Boolean).join("; ") : "") || error.message;
}

function ConnectionForm({ connection, storeName }: { connection: Connection; storeName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const label = `${PLATFORM_LABELS[connection.platform]} at ${storeName}`;
  const form = useForm<ConnectionFormValues, unknown, ConnectionSettings>({ resolver: useFormResolver(connectionForm(connection)), defaultValues: connectionFormValues(connection) });
  const { errors, isSubmitted } = form.formState;
  const secrets = useWatch({ control: form.control, name: "signingSecrets" });
  const [saved, setSaved] = useState<string | null>(null);
  const webhookUrl = `${useSyncExternalStore(() => () => {}, origin, () => "")}/api/webhooks/${connection.platform}`;
  const save = useMutation(
    trpc.integrations.saveConnection.mutationOptions({
      onSuccess: () => {
        setSaved(`${label} saved`);
        void queryClient.invalidateQueries(trpc.integrations.connections.queryFilter());
      },
      onError: (error) => form.setError("root", { message: refusalOf(error) }),
    }),
  );
  // A refusal of the whole list (none kept while connected, too many) or of one secret in it.
  const secretsError = errors.signingSecrets?.message ?? (Array.isArray(errors.signingSecrets) ? errors.signingSecrets.find((error) => error?.message)?.message : undefined);
  return (
    <form
      aria-label={label}
      className="rounded-xl border border-line bg-card p-3"
      noValidate
      onSubmit={form.handleSubmit((settings) => {
        setSaved(null);
        save.mutate(settings);
      })}
    >
      <h3 className="flex items-center justify-between font-bold">
        {PLATFORM_LABELS[connection.platform]}
        <span className="text-sm font-normal text-muted">{!connection.connected ? "Not connected" : !connection.enabled ? "Paused" : connection.failingSince !== null ? "Failing" : "Connected"}</span>
      </h3>
      <Activity connection={connection} />
      <label className="mt-2 flex min-h-11 items-center gap-2">
        <input type="checkbox" className="size-5" {...form.register("enabled")} />
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
      <Field label={<span className="text-sm font-semibold">Notification endpoint</span>} error={errors.endpointUrl?.message} className="mt-2">
        <Input type="url" placeholder="https://…" {...form.register("endpointUrl")} />
      </Field>
      <SigningSecrets
        label={label}
        secrets={secrets}
        error={secretsError}
        onChange={(next) => form.setValue("signingSecrets", next, { shouldDirty: true, shouldValidate: isSubmitted })}
      />
      <Field label={<span className="text-sm font-semibold">Accept deadline (minutes)</span>} error={errors.acceptDeadlineMinutes?.message} className="mt-2">
        <Input type="number" min={1} max={60} step={0.5} {...form.register("acceptDeadlineMinutes")} />
      </Field>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" look="primary" disabled={save.isPending}>
          Save {label}
        </Button>
        <SendTest connection={connection} label={label} />
        {saved && <p role="status">{saved}</p>}
        <FormError message={errors.root?.message} />
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
