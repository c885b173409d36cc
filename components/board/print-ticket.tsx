"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { createPortal } from "react-dom";
import { customerShortName } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { useOrderWords } from "./order-words";
import type { BoardOrder } from "./types";

/** An 80 mm kitchen ticket, shown only on paper: the print stylesheet hides everything else. */
export function PrintTicket({ order, timezone, onDone }: { order: BoardOrder; timezone: string; onDone: () => void }) {
  const t = useTranslations("ticket");
  const format = useFormat();
  const words = useOrderWords();
  useEffect(() => {
    window.addEventListener("afterprint", onDone, { once: true });
    window.print();
    return () => window.removeEventListener("afterprint", onDone);
  }, [onDone]);
  return createPortal(
    <section className="print-ticket" aria-label={t("label", { code: order.shortCode })}>
      <p className="ticket-code">#{order.shortCode}</p>
      <p>
        {PLATFORM_LABELS[order.platform]} · {words.handover(order)}
      </p>
      <p>{customerShortName(order.customerFirstName, order.customerLastName)}</p>
      {order.readyBy !== null && <p>{t("readyBy", { time: format.clock(order.readyBy, timezone) })}</p>}
      {words.collect(order) && <p className="ticket-collect">*** {words.collect(order)} ***</p>}
      <hr />
      <ul>
        {order.items
          .filter((item) => item.removedAt === null)
          .map((item) => (
            <li key={item.id}>
              <strong>
                {item.quantity} × {item.name}
              </strong>
              {item.modifiers.map((modifier) => (
                <span key={modifier.name} className="ticket-sub">
                  {words.modifier(modifier)}
                </span>
              ))}
              {item.specialInstructions && <span className="ticket-sub">** {item.specialInstructions} **</span>}
            </li>
          ))}
      </ul>
      {order.specialInstructions && (
        <>
          <hr />
          <p>
            <strong>Note:</strong> {order.specialInstructions}
          </p>
        </>
      )}
    </section>,
    document.body,
  );
}
