import { onlineManager, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import type { FeedMessage, OrderEventMessage } from "@/server/events/bus";
import { applyIssue, applyOrder } from "./board-cache";
import { summarizeGap, type GapCounts } from "./gap-summary";
import { rememberBoard, useLastBoard } from "./last-board";
import type { BoardData, BoardOrder } from "./types";
import { useOnline } from "./use-online";
import { useStoreEvents, type FeedStatus } from "./use-store-events";

/** Whether the board hears its server, since when it has not, and when it last heard anything at all. */
export type Connection = { state: FeedStatus["state"]; since: number | null; lastUpdateAt: number | null };
/** What happened while the board could not hear its server, said once it can again. */
export type GapNote = { from: number; to: number; counts: GapCounts };

/** A refusal (no access, no such store) is final; anything else (the server is down) is worth another try. */
const isRefusal = (error: unknown) => error instanceof TRPCClientError && typeof error.data?.httpStatus === "number" && error.data.httpStatus < 500;

/**
 * The board's orders, kept current by its store's live feed. The feed starts from the id the board
 * was read at and resumes after any drop from the last id it saw; after a gap (or on meeting a new
 * server process) the board is read again and the change is summed up. Actions taken while the board
 * cannot hear its server wait (React Query's "offline"), shown as pending, and go out when it can.
 * Until the first read answers, the board this tablet showed last is shown, as disconnected once a
 * read has failed, and the feed waits for the real read.
 */
export function useBoardFeed(storeId: string, onEvent: (message: OrderEventMessage) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kept = useLastBoard(storeId);
  const board = useQuery({
    ...trpc.orders.board.queryOptions({ storeId }),
    placeholderData: kept?.data,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: (_, error) => !isRefusal(error),
    retryDelay: (attempt) => Math.min(15_000, 1_000 * 2 ** attempt),
  });
  const online = useOnline();
  const showingKept = board.isPlaceholderData;
  useEffect(() => {
    if (board.data && !showingKept) rememberBoard(storeId, board.data);
  }, [board.data, showingKept, storeId]);
  const [gapNote, setGapNote] = useState<GapNote | null>(null);
  /** What the board showed when it stopped hearing the server. */
  const gap = useRef<{ since: number; seen: Pick<BoardOrder, "id" | "status">[] } | null>(null);

  const applyToBoard = useCallback(
    (order: BoardOrder) => {
      queryClient.setQueryData(trpc.orders.board.queryKey({ storeId }), (data) => applyOrder(data, order));
      void queryClient.invalidateQueries({ queryKey: trpc.orders.detail.queryKey({ id: order.id }) });
    },
    [queryClient, storeId, trpc],
  );
  const applyMessage = (message: FeedMessage) => {
    if (!("order" in message)) {
      queryClient.setQueryData(trpc.orders.board.queryKey({ storeId }), (data) =>
        // A store event older than the board's read (heard while reading) must not undo what the read shows.
        data && message.event.id > data.lastEventId ? { ...data, controls: message.controls } : data,
      );
      return;
    }
    applyToBoard(message.order);
    if (message.issue) {
      const issue = { ...message.issue, shortCode: message.order.shortCode };
      queryClient.setQueryData(trpc.orders.board.queryKey({ storeId }), (current) => applyIssue(current, issue));
    }
  };

  /** Events heard while the board is being read again: the read may predate them, so they are applied once more on top of it. */
  const heardWhileReading = useRef<FeedMessage[] | null>(null);
  const readAgain = () => {
    heardWhileReading.current = [];
    return board.refetch().then((result) => {
      const late = heardWhileReading.current ?? [];
      heardWhileReading.current = null;
      late.forEach(applyMessage);
      return result;
    });
  };

  const status = useStoreEvents(
    storeId,
    { startAfter: showingKept ? null : (board.data?.lastEventId ?? null), online },
    {
      onRejoin: () => {
        onlineManager.setOnline(true);
        const before = gap.current;
        gap.current = null;
        void readAgain().then(({ data }) => {
          const counts = before && data ? summarizeGap(before.seen, data.orders) : null;
          if (before && counts) setGapNote({ from: before.since, to: Date.now(), counts });
        });
      },
      onEvent: (_, data) => {
        heardWhileReading.current?.push(data);
        applyMessage(data);
        if ("order" in data) onEvent(data);
      },
    },
  );

  const feedDown = status.state === "disconnected";
  const disconnected = feedDown || (showingKept && board.failureCount > 0);
  useEffect(() => {
    if (disconnected && gap.current === null) {
      const shown = showingKept ? kept?.data : queryClient.getQueryData<BoardData>(trpc.orders.board.queryKey({ storeId }));
      gap.current = { since: status.lastHeardAt ?? kept?.savedAt ?? Date.now(), seen: shown?.orders.map(({ id, status: was }) => ({ id, status: was })) ?? [] };
    }
    // Actions wait while the server cannot be heard, instead of failing one by one. (Only the feed
    // says so: the first read of the board must keep trying while the kept board is shown.)
    onlineManager.setOnline(!feedDown);
  }, [disconnected, feedDown, showingKept, queryClient, trpc, storeId, status.lastHeardAt, kept]);
  // The first real read after showing the kept board says what changed since, as a rejoin does.
  const wasShowingKept = useRef(showingKept);
  useEffect(() => {
    if (wasShowingKept.current && !showingKept && board.data && gap.current) {
      const counts = summarizeGap(gap.current.seen, board.data.orders);
      if (counts) setGapNote({ from: gap.current.since, to: Date.now(), counts });
      gap.current = null;
    }
    wasShowingKept.current = showingKept;
  }, [showingKept, board.data]);
  useEffect(() => () => onlineManager.setOnline(true), []);

  return {
    board,
    applyToBoard,
    resync: () => void readAgain(),
    connection: {
      state: disconnected ? "disconnected" : status.state,
      since: disconnected && !showingKept ? (status.lastHeardAt ?? (board.dataUpdatedAt || null)) : null,
      lastUpdateAt: showingKept ? kept!.savedAt : (status.lastHeardAt ?? (board.dataUpdatedAt || null)),
    } satisfies Connection,
    gapNote,
    dismissGapNote: () => setGapNote(null),
    refused: board.isError && isRefusal(board.error),
  };
}
