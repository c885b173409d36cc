import { describeModifier } from "@/server/domain/modifiers";
import type { BoardOrder } from "./types";

/** Items as the kitchen reads them: "2 × Burger", then "No onion · Extra cheese", then the note. */
export function OrderItems({ items, compact = false }: { items: BoardOrder["items"]; compact?: boolean }) {
  return (
    <ul className={compact ? "space-y-1" : "space-y-2"} aria-label="Items">
      {items.map((item) => (
        <li key={item.id}>
          <span className="font-semibold">
            {item.quantity} × {item.name}
          </span>
          {item.modifiers.length > 0 && (
            <span className="block pl-4 text-sm text-muted">{item.modifiers.map(describeModifier).join(" · ")}</span>
          )}
          {item.specialInstructions && (
            <span className="ml-4 mt-0.5 inline-block rounded bg-note-bg px-1.5 text-sm font-semibold text-note-fg">
              “{item.specialInstructions}”
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
