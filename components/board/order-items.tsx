import { describeModifier } from "@/server/domain/modifiers";
import type { BoardOrder } from "./types";

type Item = BoardOrder["items"][number];

type OrderItemsProps = {
  items: Item[];
  compact?: boolean;
  /** Bag check: each line gets a tick box. */
  onTogglePacked?: (item: Item, packed: boolean) => void;
  /** Editing (the order detail): the controls to show beside each line still on the order. */
  lineActions?: (item: Item) => React.ReactNode;
};

/** Items as the kitchen reads them: "2 × Burger", then "No onion · Extra cheese", then the note. Removed lines stay, struck. */
export function OrderItems({ items, compact = false, onTogglePacked, lineActions }: OrderItemsProps) {
  return (
    <ul className={compact ? "space-y-1" : "space-y-2"} aria-label="Items">
      {items.map((item) => {
        const removed = item.removedAt !== null;
        const text = (
          <span className={removed ? "text-muted line-through" : "font-semibold"}>
            {item.quantity} × {item.name}
          </span>
        );
        return (
          <li key={item.id} aria-label={`${removed ? "Removed: " : ""}${item.quantity} × ${item.name}`}>
            <div className="flex items-start justify-between gap-2">
              {onTogglePacked && !removed ? (
                <label className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input
                    type="checkbox"
                    className="h-6 w-6"
                    checked={item.packedAt !== null}
                    aria-label={`Packed ${item.quantity} × ${item.name}`}
                    onChange={(event) => onTogglePacked(item, event.target.checked)}
                  />
                  {text}
                </label>
              ) : (
                <span>
                  {text}
                  {removed && <span className="ml-2 rounded bg-late-bg px-1.5 text-xs font-bold">Removed</span>}
                  {!removed && item.addedAt !== null && (
                    <span className="ml-2 rounded bg-accent px-1.5 text-xs font-bold text-accent-fg">{item.replacesItemId ? "Substitute" : "Added"}</span>
                  )}
                </span>
              )}
              {lineActions && !removed && <span className="flex flex-wrap justify-end gap-1">{lineActions(item)}</span>}
            </div>
            {item.modifiers.length > 0 && (
              <span className={`block pl-4 text-sm text-muted ${removed ? "line-through" : ""}`}>{item.modifiers.map(describeModifier).join(" · ")}</span>
            )}
            {item.specialInstructions && !removed && (
              <span className="mt-0.5 ml-4 inline-block rounded bg-note-bg px-1.5 text-sm font-semibold text-note-fg">“{item.specialInstructions}”</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
