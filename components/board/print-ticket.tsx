"use client";

import { useEffect } from "react";
import { createPortal } from "react-dom";
import { customerShortName, formatClock } from "@/components/ui/format";
import { handoverLabel } from "@/server/domain/fulfillment";
import { describeModifier } from "@/server/domain/modifiers";
import { collectLine } from "@/server/domain/payment";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import type { BoardOrder } from "./types";

/** An 80 mm kitchen ticket, shown only on paper: the print stylesheet hides everything else. */
export function PrintTicket({ order, timezone, onDone }: { order: BoardOrder; timezone: string; onDone: () => void }) {
  useEffect(() => {
    window.addEventListener("afterprint", onDone, { once: true });
    window.print();
    return () => window.removeEventListener("afterprint", onDone);
  }, [onDone]);
  return createPortal(
    <section className="print-ticket" aria-label={`Ticket ${order.shortCode}`}>
      <p className="ticket-code">#{order.shortCode}</p>
      <p>
        {PLATFORM_LABELS[order.platform]} · {handoverLabel(order)}
      </p>
      <p>{customerShortName(order.customerFirstName, order.customerLastName)}</p>
      {order.readyBy !== null && <p>Ready by {formatClock(order.readyBy, timezone)}</p>}
      {collectLine(order) && <p className="ticket-collect">*** {collectLine(order)} ***</p>}
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
                  {describeModifier(modifier)}
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
