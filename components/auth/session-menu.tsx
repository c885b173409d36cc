"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { forgetBoards } from "@/components/board/last-board";
import { forgetBoardPages } from "@/components/pwa/board-pages";
import { useTRPC } from "@/components/trpc/react";
import { LanguagePicker } from "@/components/ui/language-picker";
import { Modal } from "@/components/ui/modal";
import { SignInPanel } from "./sign-in-panel";
import { can } from "@/server/domain/access";

const control = "inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm";

/** Who is signed in, one tap to hand the tablet to someone else, and the pages their role opens. */
export function SessionMenu({ storeId }: { storeId: string }) {
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
        router.replace(`/sign-in?store=${encodeURIComponent(storeId)}`);
      },
    }),
  );
  const me = session.data;
  if (!me) return null;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t.rich("signedInAs", { name: me.name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
      <button type="button" className={control} onClick={() => setSwitching(true)}>
        {t("switchUser")}
      </button>
      <button type="button" className={control} onClick={() => signOut.mutate()}>
        {t("signOut")}
      </button>
      {can(me, "store.manage", storeId) && (
        <Link href={`/stores/${encodeURIComponent(storeId)}/staff`} className={control}>
          {t("staff")}
        </Link>
      )}
      {can(me, "menu.read", storeId) && (
        <Link href={`/stores/${encodeURIComponent(storeId)}/menu`} className={control}>
          {t("menu")}
        </Link>
      )}
      {can(me, "issues.read") && (
        <Link href="/issues" className={control}>
          {t("issues")}
        </Link>
      )}
      {can(me, "orders.history") && (
        <Link href={`/history?store=${encodeURIComponent(storeId)}`} className={control}>
          {t("history")}
        </Link>
      )}
      {can(me, "store.manage") && (
        <Link href={`/analytics?store=${encodeURIComponent(storeId)}`} className={control}>
          {t("analytics")}
        </Link>
      )}
      {can(me, "tokens.manage") && (
        <Link href="/admin/tokens" className={control}>
          {t("tokens")}
        </Link>
      )}
      {can(me, "integrations.manage") && (
        <Link href="/admin/integrations" className={control}>
          {t("platforms")}
        </Link>
      )}
      <LanguagePicker />
      {switching && (
        <Modal title={t("switchUser")} onClose={() => setSwitching(false)}>
          <SignInPanel storeId={storeId} onSignedIn={() => setSwitching(false)} />
        </Modal>
      )}
    </div>
  );
}
