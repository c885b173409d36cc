"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { useNow } from "@/components/ui/use-now";
import { PinPad } from "./pin-pad";
import { Button } from "@/components/ui/button";
import { useRefusalText } from "@/components/ui/use-refusal-text";

type Person = { id: number; name: string; role: string };

/** Pick the person, then the PIN. Used on the sign-in page and as "Switch user" over a live board. */
export function SignInPanel({ storeId, onSignedIn }: { storeId: string; onSignedIn: (name: string) => void }) {
  const trpc = useTRPC();
  const t = useTranslations("signIn");
  const refusal = useRefusalText();
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.auth.people.queryOptions({ storeId }));
  const [person, setPerson] = useState<Person | null>(null);
  const [pin, setPin] = useState("");
  const [waitUntil, setWaitUntil] = useState(0);
  const now = useNow(1_000);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (employee) => {
        await queryClient.invalidateQueries();
        // A person who chose a language gets it on this tablet at once (the server set the tablet's cookie).
        if (employee.locale && employee.locale !== locale) router.refresh();
        onSignedIn(employee.name);
      },
      onError: (error) => {
        setPin("");
        const retryAfterMs = error.data?.retryAfterMs ?? 0;
        if (retryAfterMs > 0) setWaitUntil(now + retryAfterMs);
      },
    }),
  );
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  if (!person) {
    return (
      <div>
        <h2 className="mb-3 text-xl font-semibold">{t("who")}</h2>
        {people.isPending && <p>{t("loading")}</p>}
        {people.isError && <p role="alert">{people.error.message}</p>}
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {people.data?.map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="flex min-h-16 w-full flex-col items-center justify-center rounded-xl border border-line bg-card px-3 text-lg font-semibold"
                onClick={() => {
                  setPerson(candidate);
                  signIn.reset();
                }}
              >
                {candidate.name}
                <span className="text-xs font-normal text-muted capitalize">{t("role", { role: candidate.role })}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div>
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t("enterPin", { name: person.name })}</h2>
        <Button onClick={() => setPerson(null)}>
          {t("notYou", { name: person.name.split(" ")[0]! })}
        </Button>
      </div>
      {signIn.isError && (
        <p role="alert" className="mb-3 rounded-lg bg-late-bg px-3 py-2 font-semibold">
          {waitSeconds > 0 ? t("tooMany", { seconds: waitSeconds }) : refusal(signIn.error)}
        </p>
      )}
      <PinPad
        pin={pin}
        onChange={setPin}
        disabled={signIn.isPending || waitSeconds > 0}
        onSubmit={() => signIn.mutate({ storeId, employeeId: person.id, pin })}
      />
    </div>
  );
}
