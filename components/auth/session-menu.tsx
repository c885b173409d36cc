"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { forgetBoards } from "@/components/board/last-board";
import { forgetBoardPages } from "@/components/pwa/board-pages";
import { useTRPC } from "@/components/trpc/react";
import { Modal } from "@/components/ui/modal";
import { SignInPanel } from "./sign-in-panel";
import { Button } from "@/components/ui/button";


/** Who is signed in, and one tap to hand the tablet to someone else (at a store, where people sign in with a PIN). */
export function SessionMenu({ storeId }: { storeId: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations("session");
  const router = useRouter();
  const queryClient = useQueryClient();
  const session = useQuery(trpc.auth.session.queryOptions());
  const [switching, setSwitching] = useState(false);
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        queryClient.clear();
        forgetBoards();
        void forgetBoardPages();
        router.replace(storeId === null ? "/sign-in" : `/sign-in?store=${encodeURIComponent(storeId)}`);
      },
    }),
  );
  const me = session.data;
  if (!me) return null;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t.rich("signedInAs", { name: me.name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
      {storeId !== null && (
        <Button look="quiet" onClick={() => setSwitching(true)}>
          {t("switchUser")}
        </Button>
      )}
      <Button look="quiet" onClick={() => signOut.mutate()}>
        {t("signOut")}
      </Button>
      {switching && storeId !== null && (
        <Modal title={t("switchUser")} onClose={() => setSwitching(false)}>
          <SignInPanel storeId={storeId} onSignedIn={() => setSwitching(false)} />
        </Modal>
      )}
    </div>
  );
}
