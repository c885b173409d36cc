import { useTranslations } from "next-intl";
import { isRemoval, mentionsAllergy } from "@/server/domain/modifiers";
import { useOrderWords } from "./order-words";
import { Note } from "./note";
import type { BoardOrder } from "./types";

type Item = BoardOrder["items"][number];

type OrderItemsProps = {
  items: Item[];
  compact?: boolean;
  /** Bag check: each line gets a tick box; a ticked line is struck through. */
  onTogglePacked?: (item: Item, packed: boolean) => void;
  /** Editing (the order detail): the controls to show beside each line still on the order. */
  lineActions?: (item: Item) => React.ReactNode;
};

/**
 * Items as the kitchen reads them: "2 × Burger", then each modifier at full size, removals ("No onion")
 * apart in their own colour and sign, then the note (an allergy stands out). Removed lines stay, struck.
 */
export function OrderItems({ items, compact = false, onTogglePacked, lineActions }: OrderItemsProps) {
  const t = useTranslations("items");
  const words = useOrderWords();
  return (
    <ul className={compact ? "space-y-1" : "space-y-2"} aria-label={t("list")}>
      {items.map((item) => {
        const removed = item.removedAt !== null;
        const packed = onTogglePacked !== undefined && item.packedAt !== null;
        const struck = removed || packed;
        const text = (
          <span className={`font-semibold ${struck ? "line-through" : ""} ${removed ? "text-muted" : ""}`}>
            {item.quantity} × {item.name}
          </span>
        );
        return (
          <li key={item.id} aria-label={removed ? t("removedLine", { line: `${item.quantity} × ${item.name}` }) : `${item.quantity} × ${item.name}`}>
            <div className="flex items-start justify-between gap-2">
              {onTogglePacked && !removed ? (
                <label className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input
                    type="checkbox"
                    className="h-6 w-6"
                    checked={item.packedAt !== null}
                    aria-label={t("packed", { line: `${item.quantity} × ${item.name}` })}
                    onChange={(event) => onTogglePacked(item, event.target.checked)}
                  />
                  {text}
                </label>
              ) : (
                <span>
                  {text}
                  {removed && <span className="ml-2 rounded bg-late-bg px-1.5 text-xs font-bold">{t("removed")}</span>}
                  {!removed && item.addedAt !== null && (
                    <span className="ml-2 rounded bg-accent px-1.5 text-xs font-bold text-accent-fg">{item.replacesItemId ? t("substitute") : t("added")}</span>
                  )}
                </span>
              )}
              {lineActions && !removed && <span className="flex flex-wrap justify-end gap-1">{lineActions(item)}</span>}
            </div>
            {item.modifiers.length > 0 && (
              <ul className={`pl-4 ${struck ? "line-through" : ""}`} aria-label={t("modifiersOf", { name: item.name })}>
                {item.modifiers.map((modifier) =>
                  isRemoval(modifier) ? (
                    <li key={`${modifier.action}-${modifier.name}`} className="font-bold text-late-line">
                      <span aria-hidden>⊘ </span>
                      {words.modifier(modifier)}
                    </li>
                  ) : (
                    <li key={`${modifier.action}-${modifier.name}`}>{words.modifier(modifier)}</li>
                  ),
                )}
              </ul>
            )}
            {item.specialInstructions && !removed && (
              <Note text={item.specialInstructions} allergy={mentionsAllergy(item.specialInstructions)} className="mt-0.5 ml-4" quoted />
            )}
          </li>
        );
      })}
    </ul>
  );
}
