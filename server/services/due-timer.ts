import "server-only";
import { log } from "@/server/log/logger";

/** Another instance may have set something due: every instance looks again at least this often. */
const LOOK_AGAIN_MS = 60_000;

type DueWork = {
  /** What the timer does: everything due by `now`; answers what it did, for the log. */
  run: (now: number) => Promise<unknown[]>;
  /** When the next thing comes due, if anything is waiting. */
  nextDueAt: () => Promise<number | null>;
  /** Logged when `run` did something. */
  done: string;
  failed: string;
};

/**
 * A timer for work that comes due at known times (scheduled orders coming in, pauses and 86s running
 * out): set for the next one due, moved earlier when an earlier one is planned, and a look every
 * minute for what other instances planned. Safe on several instances: each `run` re-checks what it changes.
 */
export function dueTimer({ run, nextDueAt, done, failed }: DueWork) {
  let timer: NodeJS.Timeout | undefined;
  let armedFor = Infinity;
  let running = false;
  const arm = (at: number) => {
    clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(() => void fire(), Math.max(0, at - Date.now()));
  };
  async function fire() {
    armedFor = Infinity;
    try {
      const changed = await run(Date.now());
      if (changed.length > 0) log.info({ changed }, done);
      arm(Math.min((await nextDueAt()) ?? Infinity, Date.now() + LOOK_AGAIN_MS));
    } catch (error) {
      log.error({ err: error }, failed);
      arm(Date.now() + LOOK_AGAIN_MS / 4);
    }
  }
  return {
    start() {
      running = true;
      arm(Date.now());
    },
    /** Something comes due at `at` here: wake for it if it is the earliest. Nothing until started (tests, scripts). */
    plan(at: number) {
      if (running && at < armedFor) arm(at);
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}

/** One timer per name per server process, however many route bundles load the module that asks. */
export function processTimer(name: string, create: () => ReturnType<typeof dueTimer>) {
  const holder = globalThis as unknown as { orderboardTimers?: Map<string, ReturnType<typeof dueTimer>> };
  holder.orderboardTimers ??= new Map();
  let timer = holder.orderboardTimers.get(name);
  if (!timer) holder.orderboardTimers.set(name, (timer = create()));
  return timer;
}
