"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { forgetBoards } from "@/components/board/last-board";
import { forgetBoardPages } from "@/components/pwa/board-pages";
import { useTRPC } from "@/components/trpc/react";
import { Modal } from "@/components/ui/modal";
import { SignInPanel } from "./sign-in-panel";
import { can } from "@/server/domain/access";

const control = "inline-flex min-h-11 items-center rounded-lg border border-line px-3 text-sm";

/** Who is signed in, one tap to hand the tablet to someone else, and the pages their role opens. */
export function SessionMenu({ storeId }: { storeId: string }) {
  const trpc = useTRPC();
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
      <span className="text-sm">
        Signed in as <strong>{me.name}</strong>
      </span>
      <button type="button" className={control} onClick={() => setSwitching(true)}>
        Switch user
      </button>
      <button type="button" className={control} onClick={() => signOut.mutate()}>
        Sign out
      </button>
      {can(me, "store.manage", storeId) && (
        <Link href={`/stores/${encodeURIComponent(storeId)}/staff`} className={control}>
          Staff
        </Link>
      )}
      {can(me, "menu.read", storeId) && (
        <Link href={`/stores/${encodeURIComponent(storeId)}/menu`} className={control}>
          Menu
        </Link>
      )}
      {can(me, "issues.read") && (
        <Link href="/issues" className={control}>
          Issues
        </Link>
      )}
      {can(me, "orders.history") && (
        <Link href={`/history?store=${encodeURIComponent(storeId)}`} className={control}>
          History
        </Link>
      )}
      {can(me, "store.manage") && (
        <Link href={`/analytics?store=${encodeURIComponent(storeId)}`} className={control}>
          Analytics
        </Link>
      )}
      {can(me, "tokens.manage") && (
        <Link href="/admin/tokens" className={control}>
          API tokens
        </Link>
      )}
      {can(me, "integrations.manage") && (
        <Link href="/admin/integrations" className={control}>
          Platforms
        </Link>
      )}
      {switching && (
        <Modal title="Switch user" onClose={() => setSwitching(false)}>
          <SignInPanel storeId={storeId} onSignedIn={() => setSwitching(false)} />
        </Modal>
      )}
    </div>
  );
}
