import type { useTranslations } from "next-intl";
import type { OrderEventItem } from "./types";

type Words = ReturnType<typeof useTranslations<never>>;

/** One line of an order's timeline: what happened, from/to, and why. */
export function describeEvent(event: OrderEventItem, t: Words): { title: string; detail: string | null } {
  const parts: string[] = [];
  if (event.fromStatus && event.toStatus) parts.push(`${t(`labels.status.${event.fromStatus}`)} → ${t(`labels.status.${event.toStatus}`)}`);
  const prep = event.data?.prepMinutes;
  if (typeof prep === "number") parts.push(t("timeline.prep", { minutes: prep }));
  if (event.reasonCode) parts.push(t(`labels.reason.${event.reasonCode}`));
  if (Array.isArray(event.data?.changes)) parts.push(...(event.data.changes as string[]));
  if (typeof event.data?.summary === "string") parts.push(event.data.summary);
  if (typeof event.data?.item === "string") parts.push(event.data.item);
  if (event.data?.readyAnyway === true) parts.push(t("timeline.readyAnyway", { lines: (event.data.unticked as string[]).join(", ") }));
  if (typeof event.data?.reason === "string") parts.push(event.data.reason);
  if (event.message) parts.push(`“${event.message}”`);
  return { title: t(`timeline.title.${event.type}`), detail: parts.length ? parts.join(" · ") : null };
}
