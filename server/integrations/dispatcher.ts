import { retryAfterMs, retryDelayMs, SEND_TIMEOUT_MS } from "@/server/domain/retry-schedule";
import { eventBus } from "@/server/events/bus";
import { claimDueNotifications, recordAttempt, type AttemptResult, type Claimed } from "@/server/services/outbox";
import { DestinationRefused } from "./destination";
import { describeFailure, postSigned } from "./post-json";
import { log } from "@/server/log/logger";

const BATCH = 20;
/** How often retries that have come due are looked for; new notifications wake the dispatcher at once. */
const POLL_MS = 500;
/** A claimed notification is free again after this, so a crash mid-send delays it and loses nothing. */
const LEASE_MS = SEND_TIMEOUT_MS + 5_000;

export type DispatcherOptions = {
  clock?: () => number;
  pollMs?: number;
  backoffMs?: (failedAttempts: number) => number;
  leaseMs?: number;
  timeoutMs?: number;
};

/** Sends the outbox: signed POSTs, one at a time per order, retried with backoff until each is sent or dead. */
export function createDispatcher({ clock = Date.now, pollMs = POLL_MS, backoffMs = retryDelayMs, leaseMs = LEASE_MS, timeoutMs = SEND_TIMEOUT_MS }: DispatcherOptions = {}) {
  /** No new sends once closing; the sends under way are cut off only when stopping (the grace is over). */
  const closing = new AbortController();
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;
  let poll: ReturnType<typeof setInterval> | undefined;

  async function send(notification: Claimed): Promise<void> {
    const started = clock();
    if (!notification.endpointUrl) {
      await recordAttempt(notification, { statusCode: null, error: "The platform is no longer connected for this store", durationMs: 0, retryAfterMs: null }, started, () => Infinity);
      return;
    }
    const body = JSON.stringify(notification.payload);
    let result: AttemptResult;
    let refused = false;
    try {
      // Signed on the wall clock, which the receiver checks against, whatever clock schedules the retries.
      const answer = await postSigned(notification.endpointUrl, notification.signingSecrets, `msg_ob_${notification.id}`, body, AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping.signal]));
      const ok = answer.status >= 200 && answer.status < 300;
      result = { statusCode: answer.status, error: ok ? null : `HTTP ${answer.status}`, durationMs: clock() - started, retryAfterMs: retryAfterMs(answer.retryAfter, clock()) };
    } catch (error) {
      // Stopped mid-send: leave the lease to expire, so the next dispatcher sends it.
      if (stopping.signal.aborted) return;
      refused = error instanceof DestinationRefused;
      result = { statusCode: null, error: describeFailure(error, timeoutMs), durationMs: clock() - started, retryAfterMs: null };
    }
    // A destination that is not allowed will not become allowed by waiting: it goes straight to the dead letters.
    await recordAttempt(notification, result, clock(), refused ? () => Infinity : backoffMs);
  }

  /** Sends everything due now, batch after batch, until nothing is left due. */
  async function drain(): Promise<void> {
    while (!closing.signal.aborted) {
      const batch = await claimDueNotifications(clock(), BATCH, leaseMs);
      if (batch.length === 0) return;
      await Promise.all(batch.map(send));
    }
  }

  function kick() {
    if (closing.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => log.error({ err: error }, "Notification dispatcher failed"))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  return {
    drain,
    start() {
      poll = setInterval(kick, pollMs);
      // A committed change may have left a notification in the outbox: look at once. A platform's own
      // changes and new orders never do (the platform told us), and looking costs a transaction.
      void (async () => {
        try {
          for await (const { event } of eventBus().listen(closing.signal)) if (event.actorType !== "platform" && event.type !== "created") kick();
        } catch {
          // The listener ends with the abort of stop().
        }
      })();
      kick();
    },
    /**
     * Takes no more work, and lets the sends under way finish (each within its own timeout) before
     * cutting them off; a send cut off keeps its lease, so the next dispatcher sends it.
     */
    async stop(graceMs = timeoutMs) {
      closing.abort();
      clearInterval(poll);
      const cutOff = setTimeout(() => stopping.abort(), graceMs);
      await running;
      clearTimeout(cutOff);
      stopping.abort();
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

// One dispatcher per server process, however many route bundles load this module.
const holder = globalThis as unknown as { orderboardDispatcher?: Dispatcher };

export function startDispatcher(): Dispatcher {
  if (!holder.orderboardDispatcher) {
    holder.orderboardDispatcher = createDispatcher();
    holder.orderboardDispatcher.start();
  }
  return holder.orderboardDispatcher;
}
