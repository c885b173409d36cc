import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer } from "react";
import { useTRPC } from "@/components/trpc/react";
import type { OrderEventMessage } from "@/server/events/bus";
import { applyIssue, applyOrder } from "./board-cache";
import type { BoardOrder } from "./types";
import { useStoreEvents, type StreamStatus } from "./use-store-events";

export type Connection = "live" | "connecting" | "offline";

type FeedState = {
  online: boolean;
  hasConnected: boolean;
  /** The id of the last event applied, and when it happened (server time). */
  lastSeen: { id: number; at: number } | null;
  /** Where the stream restarts after the tablet was offline. */
  resumeFrom: number | null;
};
type FeedAction = { type: "event"; id: number; at: number } | { type: "started" } | { type: "offline" } | { type: "online" };

function feedReducer(state: FeedState, action: FeedAction): FeedState {
  switch (action.type) {
    case "event":
      return { ...state, lastSeen: { id: action.id, at: action.at } };
    case "started":
      return { ...state, hasConnected: true };
    case "offline":
      return { ...state, online: false, resumeFrom: state.lastSeen?.id ?? state.resumeFrom };
    case "online":
      return { ...state, online: true };
  }
}

function connectionOf(state: FeedState, status: StreamStatus): Connection {
  if (!state.online) return "offline";
  if (status === "open") return "live";
  return state.hasConnected ? "offline" : "connecting";
}

/**
 * The board's orders, kept current by its store's event stream. The stream starts from the id the
 * board was read at and, after any drop, resumes from the last id it saw, so nothing is missed.
 */
export function useBoardFeed(storeId: string, onEvent: (message: OrderEventMessage) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const board = useQuery({
    ...trpc.orders.board.queryOptions({ storeId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const [feed, dispatch] = useReducer(feedReducer, { online: true, hasConnected: false, lastSeen: null, resumeFrom: null });

  const applyToBoard = useCallback(
    (order: BoardOrder) => {
      queryClient.setQueryData(trpc.orders.board.queryKey({ storeId }), (data) => applyOrder(data, order));
      void queryClient.invalidateQueries({ queryKey: trpc.orders.byId.queryKey({ id: order.id }) });
    },
    [queryClient, storeId, trpc],
  );

  // A tablet that loses Wi-Fi closes its stream at once and reopens it from where it stopped.
  useEffect(() => {
    const goOnline = () => dispatch({ type: "online" });
    const goOffline = () => dispatch({ type: "offline" });
    if (!navigator.onLine) goOffline();
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
    };
  }, []);

  const cursor = feed.resumeFrom ?? board.data?.lastEventId ?? null;
  const status = useStoreEvents(storeId, feed.online ? cursor : null, {
    onOpen: () => dispatch({ type: "started" }),
    onEvent: (id, data) => {
      dispatch({ type: "event", id, at: data.event.createdAt });
      applyToBoard(data.order);
      if (data.issue) {
        const issue = { ...data.issue, shortCode: data.order.shortCode };
        queryClient.setQueryData(trpc.orders.board.queryKey({ storeId }), (board) => applyIssue(board, issue));
      }
      onEvent(data);
    },
  });

  return {
    board,
    applyToBoard,
    resync: () => void board.refetch(),
    connection: connectionOf(feed, status),
    lastUpdateAt: feed.lastSeen?.at ?? (board.dataUpdatedAt || null),
  };
}
