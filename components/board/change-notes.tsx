import type { BoardOrder } from "./types";

/** A ticket that changed after the kitchen started: what, who and why, until someone acknowledges it. */
export function ChangeNotes({ order, onAcknowledge, busy }: { order: BoardOrder; onAcknowledge: () => void; busy: boolean }) {
  if (order.unacknowledgedChanges.length === 0) return null;
  return (
    <section aria-label="Changes" className="mt-2 rounded-lg border-2 border-warn-line bg-warn-bg p-2 text-sm">
      <p className="font-bold">Changed</p>
      <ul className="mt-1 space-y-1">
        {order.unacknowledgedChanges.map((note) => (
          <li key={note.at}>
            {note.changes.join("; ")} <span className="text-muted">— {note.by}, {note.reason}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="mt-2 min-h-11 rounded-lg border border-line px-3 font-semibold" disabled={busy} onClick={onAcknowledge}>
        Acknowledge change
      </button>
    </section>
  );
}
