import { formatDuration } from "@/components/ui/format";
import type { Connection } from "./use-board-feed";

/** Says plainly whether the board is live, and if not, how old what it shows may be. */
export function ConnectionStatus({ connection, lastUpdateAt, now }: { connection: Connection; lastUpdateAt: number | null; now: number }) {
  if (connection === "offline") {
    return (
      <div role="alert" className="bg-late-line px-4 py-2 text-center font-bold text-white">
        Disconnected: this board is not receiving updates. Reconnecting…
        {lastUpdateAt !== null && ` Last update ${formatDuration(now - lastUpdateAt) === "just now" ? "just now" : `${formatDuration(now - lastUpdateAt)} ago`}.`}
      </div>
    );
  }
  return (
    <p role="status" className="flex items-center gap-2 text-sm">
      <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${connection === "live" ? "bg-ok" : "bg-warn-line"}`} />
      {connection === "live" ? "Live" : "Connecting…"}
    </p>
  );
}
