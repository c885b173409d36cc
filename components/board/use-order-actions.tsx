import { useMutation, useMutationState, type Mutation } from "@tanstack/react-query";
import { TRPCClientError, type TRPCClientErrorLike } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/trpc/react";
import type { CartChange, CartReason } from "@/server/domain/cart";
import type { AdvanceTarget } from "@/server/domain/order-status";
import type { Reason } from "@/server/domain/reason-codes";
import type { AppRouter } from "@/server/trpc/root";
import { moveWord } from "./order-words";
import type { BoardOrder } from "./types";
import { useRefusalText } from "@/components/ui/use-refusal-text";

/** How long a Recall, Ready anyway or Cancel waits, with Undo, before it is sent. */
export const UNDO_MS = 5_000;

/** What a card says about an action of its own that has not gone through. */
export type ActionState =
  | { kind: "undoable"; label: string; undo: () => void }
  | { kind: "waiting" | "sending"; label: string }
  | { kind: "failed"; label: string; retry: () => void; dismiss: () => void };

type Variables = { id: number; status?: AdvanceTarget; ready_anyway?: boolean; packed?: boolean };

type Words = ReturnType<typeof useTranslations<never>>;

/** What an action is called on the card, from the procedure it calls and what it was called with. */
function labelOf(path: string, variables: Variables, t: Words): string {
  switch (path) {
    case "orders.accept":
      return t("actions.accept");
    case "orders.deny":
      return t("actions.deny");
    case "orders.cancel":
      return t("actions.cancel");
    case "orders.status":
      if (variables.ready_anyway) return t("actions.readyAnyway");
      return variables.status === "completed" ? t("actions.complete") : t(`moves.${moveWord(variables.status ?? "ready", "delivery")}`);
    case "orders.recall":
      return t("actions.recall");
    case "orders.acknowledge":
      return t("actions.acknowledge");
    case "orders.acknowledgeChanges":
      return t("actions.acknowledgeChange");
    case "orders.setPacked":
      return variables.packed ? t("actions.tick") : t("actions.untick");
    case "orders.prepTime":
      return t("actions.prepTime");
    case "orders.markPaid":
      return t("actions.markPaid");
    case "orders.update":
      return t("actions.assign");
    case "orders.handoverFailed":
      return t("actions.notPickedUp");
    default:
      return t("actions.change");
  }
}

/** No answer came back at all (the server or the network is down), as opposed to a refusal. */
const unanswered = (error: unknown) => error instanceof TRPCClientError && !error.data;

type Options = {
  /** Puts a refusal's copy of the order on the board at once (a success arrives by the live feed). */
  applyToBoard: (order: BoardOrder) => void;
  /** Reads the board afresh, for a refusal that carries no order to correct a local guess with. */
  resync: () => void;
  notify: (message: string) => void;
};

/**
 * Every order action a tablet can take. A refusal updates the card and says what happened; an
 * action that got no answer stays on its card as failed, with Retry; one taken while the board
 * cannot hear the server waits on its card and goes out when it can, with the version it was taken
 * on (so a changed order refuses it plainly). Recall, Ready anyway and Cancel wait a few seconds
 * with Undo before they are sent.
 */
export function useOrderActions({ applyToBoard, resync, notify }: Options) {
  const trpc = useTRPC();
  const t = useTranslations();
  const refusal = useRefusalText();
  const [failed, setFailed] = useState<Map<number, { path: string; variables: Variables }>>(new Map());
  const [undoable, setUndoable] = useState<Map<number, { label: string; undo: () => void }>>(new Map());
  const forget = useCallback(
    (setter: typeof setFailed | typeof setUndoable, id: number) =>
      (setter as typeof setFailed)((current) => {
        if (!current.has(id)) return current;
        const next = new Map(current);
        next.delete(id);
        return next;
      }),
    [],
  );

  const options = <V extends Variables>(path: string) => ({
    onSuccess: (_answer: unknown, variables: V) => forget(setFailed, variables.id),
    onError: (error: TRPCClientErrorLike<AppRouter>, variables: V) => {
      if (unanswered(error)) {
        setFailed((current) => new Map(current).set(variables.id, { path, variables }));
        return;
      }
      forget(setFailed, variables.id);
      const current = error.data?.current as BoardOrder | null | undefined;
      if (current) applyToBoard(current);
      else resync();
      if (path === "orders.acknowledge") return; // someone else acknowledged it a moment earlier: that is what was wanted
      if (error.data?.domainCode === "VERSION_CONFLICT" && current) {
        notify(t("actions.conflict", { action: labelOf(path, variables, t), code: current.shortCode, status: t(`labels.status.${current.status}`) }));
      } else if (current) {
        notify(t("actions.movedMeanwhile", { code: current.shortCode, status: t(`labels.status.${current.status}`), message: refusal(error) }));
      } else {
        notify(refusal(error));
      }
    },
  });

  const accept = useMutation(trpc.orders.accept.mutationOptions(options("orders.accept")));
  const deny = useMutation(trpc.orders.deny.mutationOptions(options("orders.deny")));
  const cancel = useMutation(trpc.orders.cancel.mutationOptions(options("orders.cancel")));
  const advance = useMutation(trpc.orders.status.mutationOptions(options("orders.status")));
  const recall = useMutation(trpc.orders.recall.mutationOptions(options("orders.recall")));
  const changeCart = useMutation(trpc.orders.changeCart.mutationOptions(options("orders.changeCart")));
  const setPrepTime = useMutation(trpc.orders.prepTime.mutationOptions(options("orders.prepTime")));
  const setPacked = useMutation(trpc.orders.setPacked.mutationOptions(options("orders.setPacked")));
  const acknowledgeChanges = useMutation(trpc.orders.acknowledgeChanges.mutationOptions(options("orders.acknowledgeChanges")));
  const acknowledge = useMutation(trpc.orders.acknowledge.mutationOptions(options("orders.acknowledge")));
  const markPaid = useMutation(trpc.orders.markPaid.mutationOptions(options("orders.markPaid")));
  const assign = useMutation(trpc.orders.update.mutationOptions(options("orders.update")));
  const failHandover = useMutation(trpc.orders.handoverFailed.mutationOptions(options("orders.handoverFailed")));

  /** Sends `run` after the undo window unless Undo is tapped, on the card or on the toast. */
  const deferred = useCallback(
    (order: BoardOrder, label: string, run: () => void) => {
      let toastId: string | number = "";
      const timer = setTimeout(() => {
        forget(setUndoable, order.id);
        run();
      }, UNDO_MS);
      const undo = () => {
        clearTimeout(timer);
        toast.dismiss(toastId);
        forget(setUndoable, order.id);
      };
      setUndoable((current) => new Map(current).set(order.id, { label, undo }));
      toastId = toast(t("actions.toast", { action: label, code: order.shortCode }), {
        duration: UNDO_MS,
        action: { label: <span aria-label={t("actions.undoOf", { action: label.toLowerCase(), code: order.shortCode })}>{t("common.undo")}</span>, onClick: undo },
      });
    },
    [forget, t],
  );

  const pending = useMutationState({
    filters: { status: "pending" },
    select: (mutation: Mutation<unknown, Error, unknown>) => ({
      path: (mutation.options.mutationKey?.[0] as string[] | undefined)?.join(".") ?? "",
      variables: mutation.state.variables as Variables | undefined,
      paused: mutation.state.isPaused,
    }),
  });

  // Retry sends the same variables (the same version) through the same mutation again; mutate functions are stable.
  const { mutate: sendAccept } = accept;
  const { mutate: sendDeny } = deny;
  const { mutate: sendCancel } = cancel;
  const { mutate: sendAdvance } = advance;
  const { mutate: sendRecall } = recall;
  const { mutate: sendCart } = changeCart;
  const { mutate: sendPrepTime } = setPrepTime;
  const { mutate: sendPacked } = setPacked;
  const { mutate: sendChangesSeen } = acknowledgeChanges;
  const { mutate: sendSeen } = acknowledge;
  const { mutate: sendPaid } = markPaid;
  const { mutate: sendAssign } = assign;
  const { mutate: sendFailed } = failHandover;

  /** Each order's own action that has not gone through yet, if any. */
  const states = useMemo(() => {
    const send: Record<string, (variables: never) => void> = {
      "orders.accept": sendAccept,
      "orders.deny": sendDeny,
      "orders.cancel": sendCancel,
      "orders.status": sendAdvance,
      "orders.recall": sendRecall,
      "orders.changeCart": sendCart,
      "orders.prepTime": sendPrepTime,
      "orders.setPacked": sendPacked,
      "orders.acknowledgeChanges": sendChangesSeen,
      "orders.acknowledge": sendSeen,
      "orders.markPaid": sendPaid,
      "orders.update": sendAssign,
      "orders.handoverFailed": sendFailed,
    };
    const byOrder = new Map<number, ActionState>();
    for (const { path, variables, paused } of pending) {
      if (variables?.id !== undefined) byOrder.set(variables.id, { kind: paused ? "waiting" : "sending", label: labelOf(path, variables, t) });
    }
    for (const [id, { path, variables }] of failed) {
      const retry = () => {
        forget(setFailed, id);
        send[path]?.(variables as never);
      };
      byOrder.set(id, { kind: "failed", label: labelOf(path, variables, t), retry, dismiss: () => forget(setFailed, id) });
    }
    for (const [id, { label, undo }] of undoable) byOrder.set(id, { kind: "undoable", label, undo });
    return byOrder;
  }, [t, pending, failed, undoable, forget, sendAccept, sendDeny, sendCancel, sendAdvance, sendRecall, sendCart, sendPrepTime, sendPacked, sendChangesSeen, sendSeen, sendPaid, sendAssign, sendFailed]);

  const ref = (order: BoardOrder) => ({ id: order.id, version: order.version });
  return {
    states,
    accept: (order: BoardOrder, prepMinutes: number) => accept.mutate({ ...ref(order), prep_minutes: prepMinutes }),
    deny: (order: BoardOrder, reason: Reason) => deny.mutate({ ...ref(order), reason }),
    cancel: (order: BoardOrder, reason: Reason) => deferred(order, t("actions.cancel"), () => cancel.mutate({ ...ref(order), reason })),
    advance: (order: BoardOrder, to: AdvanceTarget) => advance.mutate({ ...ref(order), status: to }),
    readyAnyway: (order: BoardOrder) => deferred(order, t("actions.readyAnyway"), () => advance.mutate({ ...ref(order), status: "ready", ready_anyway: true })),
    recall: (order: BoardOrder) => deferred(order, t("actions.recall"), () => recall.mutate(ref(order))),
    acknowledge: (order: BoardOrder) => acknowledge.mutate({ id: order.id }),
    markPaid: (order: BoardOrder) => markPaid.mutate(ref(order)),
    notPickedUp: (order: BoardOrder) =>
      deferred(order, t("actions.notPickedUp"), () => failHandover.mutate({ ...ref(order), outcome: "not_picked_up", reason: "The customer never came for it" })),
    assign: (order: BoardOrder, to: { assignee_id?: number | null; group_id?: number | null }) => assign.mutate({ ...ref(order), ...to }),
    acknowledgeChanges: (order: BoardOrder) => acknowledgeChanges.mutate({ id: order.id }),
    setPacked: (order: BoardOrder, itemId: number, packed: boolean) => setPacked.mutate({ id: order.id, itemId, packed }),
    changeCart: (order: BoardOrder, changes: CartChange[], reason: CartReason) => changeCart.mutate({ ...ref(order), changes, reason }),
    setPrepTime: (order: BoardOrder, prepMinutes: number) => setPrepTime.mutate({ ...ref(order), prep_minutes: prepMinutes }),
  };
}

export type OrderActions = ReturnType<typeof useOrderActions>;
