import { useTranslations } from "next-intl";
import type { BoardOrder } from "./types";
import { Button } from "@/components/ui/button";

/** A ticket that changed after the kitchen started: what, who and why, until someone acknowledges it. */
export function ChangeNotes({ order, onAcknowledge, busy }: { order: BoardOrder; onAcknowledge: () => void; busy: boolean }) {
  const t = useTranslations("card");
  if (order.unacknowledgedChanges.length === 0) return null;
  return (
    <section aria-label={t("changes")} className="mt-2 rounded-lg border-2 border-warn-line bg-warn-bg p-2 text-sm">
      <p className="font-bold">{t("changed")}</p>
      <ul className="mt-1 space-y-1">
        {order.unacknowledgedChanges.map((note) => (
          <li key={note.at}>
            {note.changes.join("; ")} <span className="text-muted">— {note.by}, {note.reason}</span>
          </li>
        ))}
      </ul>
      <Button className="mt-2" disabled={busy} onClick={onAcknowledge}>
        {t("acknowledgeChange")}
      </Button>
    </section>
  );
}
