"use client";

import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import { ZNewPin } from "@/server/domain/employee";

/** A new PIN for someone who forgot theirs; saving it signs them out everywhere. */
export function ResetPinDialog({ person, onDone, onClose }: { person: { id: number; name: string }; onDone: (name: string) => void; onClose: () => void }) {
  const trpc = useTRPC();
  const form = useForm({ resolver: useFormResolver(ZNewPin), defaultValues: { pin: "" } });
  const resetPin = useMutation(
    trpc.employees.resetPin.mutationOptions({
      onSuccess: (changed) => onDone(changed.name),
      onError: (error) => form.setError("pin", { message: error.message }),
    }),
  );
  const error = form.formState.errors.pin;
  return (
    <Modal title={`Reset PIN of ${person.name}`} onClose={onClose}>
      <form noValidate onSubmit={form.handleSubmit(({ pin }) => resetPin.mutate({ id: person.id, pin }))} className="grid gap-3">
        <Field label="New PIN" error={error?.message}>
          <Input type="password" inputMode="numeric" autoComplete="new-password" {...form.register("pin")} />
        </Field>
        <Button type="submit" look="primary" disabled={resetPin.isPending}>
          Save new PIN
        </Button>
      </form>
    </Modal>
  );
}
