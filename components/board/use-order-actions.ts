import { useMutation } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import { useTRPC } from "@/components/trpc/react";
import { STATUS_LABELS } from "@/server/domain/order-status";
import type { AppRouter } from "@/server/trpc/root";
import type { BoardOrder } from "./types";

type Options = {
  applyToBoard: (order: BoardOrder) => void;
  /** Reads the board afresh, for a refusal that carries no order to correct a local guess with. */
  resync: () => void;
  notify: (message: string) => void;
};

/** Every order action a tablet can take; a refusal updates the card and says what happened. */
export function useOrderActions({ applyToBoard, resync, notify }: Options) {
  const trpc = useTRPC();
  const onSuccess = ({ order }: { order: BoardOrder }) => applyToBoard(order);
  const onError = (error: TRPCClientErrorLike<AppRouter>) => {
    const current = error.data?.current as BoardOrder | null | undefined;
    if (current) applyToBoard(current);
    else resync();
    if (error.data?.domainCode === "VERSION_CONFLICT" && current) {
      notify(`Order ${current.shortCode} was changed on another tablet first: it is now ${STATUS_LABELS[current.status]}.`);
    } else if (current) {
      notify(`Order ${current.shortCode} is now ${STATUS_LABELS[current.status]}: ${error.message}.`);
    } else {
      notify(error.message);
    }
  };
  const options = { onSuccess, onError };
  return {
    accept: useMutation(trpc.orders.accept.mutationOptions(options)),
    deny: useMutation(trpc.orders.deny.mutationOptions(options)),
    cancel: useMutation(trpc.orders.cancel.mutationOptions(options)),
    advance: useMutation(trpc.orders.advance.mutationOptions(options)),
    recall: useMutation(trpc.orders.recall.mutationOptions(options)),
    changeCart: useMutation(trpc.orders.changeCart.mutationOptions(options)),
    setPrepTime: useMutation(trpc.orders.setPrepTime.mutationOptions(options)),
    setPacked: useMutation(trpc.orders.setPacked.mutationOptions(options)),
    acknowledgeChanges: useMutation(trpc.orders.acknowledgeChanges.mutationOptions(options)),
    acknowledge: useMutation(
      trpc.orders.acknowledge.mutationOptions({
        onSuccess,
        // Someone else acknowledged it a moment earlier: that is what was wanted.
        onError: (error) => {
          const current = error.data?.current as BoardOrder | null | undefined;
          if (current) applyToBoard(current);
        },
      }),
    ),
  };
}
