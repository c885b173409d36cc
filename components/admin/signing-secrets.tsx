"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { ZSigningSecret } from "@/server/domain/platform-connection";

/** A Standard Webhooks secret made in the browser: 24 random bytes, base64, behind `whsec_`. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** Enough of a secret to tell two apart, not enough to use it: `whsec_••••••••k9Qz`. */
const masked = (secret: string) => `${secret.startsWith("whsec_") ? "whsec_" : ""}••••••••${secret.slice(-4)}`;

/**
 * A connection's signing secrets, newest first, shown masked: each can be copied (to give the
 * platform) or removed; a new one is made here or pasted from the platform. At most three are kept.
 */
export function SigningSecrets({ label, secrets, error, onChange }: { label: string; secrets: string[]; error?: string; onChange: (secrets: string[]) => void }) {
  const [pasted, setPasted] = useState("");
  const [pasteError, setPasteError] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<number | null>(null);
  const add = (secret: string) => onChange([secret, ...secrets.filter((kept) => kept !== secret)].slice(0, 3));
  return (
    <fieldset className="mt-2">
      <legend className="text-sm font-semibold">Signing secrets, newest first</legend>
      <ul aria-label={`Signing secrets of ${label}`} className="mt-1 grid gap-1">
        {secrets.length === 0 && <li className="text-sm text-muted">None yet</li>}
        {secrets.map((secret, index) => (
          <li key={secret} className="flex flex-wrap items-center gap-2">
            <code className="mr-auto text-xs">{masked(secret)}</code>
            <Button
              look="quiet"
              aria-label={`Copy secret ${index + 1} of ${label}`}
              onClick={() =>
                void navigator.clipboard.writeText(secret).then(
                  () => setCopied(index),
                  () => setCopied(null),
                )
              }
            >
              {copied === index ? "Copied" : "Copy"}
            </Button>
            <Button look="quiet" aria-label={`Remove secret ${index + 1} of ${label}`} onClick={() => onChange(secrets.filter((kept) => kept !== secret))}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div className="mt-1 flex flex-wrap items-end gap-2">
        <Button look="quiet" onClick={() => add(newSecret())}>
          Add a new secret
        </Button>
        <Field label="Or paste the platform's secret" error={pasteError} className="min-w-0 flex-1 text-sm">
          <Input
            type="password"
            autoComplete="off"
            value={pasted}
            onChange={(event) => {
              setPasted(event.target.value);
              setPasteError(undefined);
            }}
          />
        </Field>
        <Button
          look="quiet"
          disabled={pasted.trim() === ""}
          onClick={() => {
            // Checked by the server's rule as it is pasted, so a mistyped secret never reaches the list.
            const secret = ZSigningSecret.safeParse(pasted);
            if (!secret.success) return setPasteError(secret.error.issues[0]!.message);
            add(secret.data);
            setPasted("");
          }}
        >
          Add pasted secret
        </Button>
      </div>
      <FormError message={error} className="mt-1 text-sm" />
    </fieldset>
  );
}
