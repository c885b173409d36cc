import { useTranslations } from "next-intl";
import { allDayCounts } from "@/server/domain/all-day-counts";
import { useOrderWords } from "./order-words";
import type { BoardOrder } from "./types";

/** What the kitchen still has to make across accepted and bagging orders, live with the board. */
export function AllDayPanel({ orders }: { orders: BoardOrder[] }) {
  const t = useTranslations("board");
  const { say } = useOrderWords();
  const counts = allDayCounts(orders, say);
  return (
    <section aria-label={t("allDay")}>
      <h2 className="pb-2 text-lg font-bold">{t("allDay")}</h2>
      {counts.length === 0 ? (
        <p className="text-sm text-muted">{t("allDayEmpty")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-x-6 gap-y-1 lg:grid-cols-4">
          {counts.map((count) => (
            <li key={count.name} aria-label={`${count.total} × ${count.name}`}>
              <span className="font-bold">
                {count.total} × {count.name}
              </span>
              {count.variants
                .filter((variant) => variant.modifiers)
                .map((variant) => (
                  <span key={variant.modifiers} className="block pl-4 text-sm text-muted">
                    {variant.quantity} {variant.modifiers}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
