import { PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";

const COLOURS: Record<Platform, string> = {
  doordash: "bg-doordash",
  uber_eats: "bg-uber-eats",
  grubhub: "bg-grubhub",
  luladirect: "bg-luladirect",
  direct: "bg-direct",
};

/** The platform by name and colour: the name carries the meaning, the colour speeds the eye. */
export function PlatformBadge({ platform }: { platform: Platform }) {
  return (
    <span className={`${COLOURS[platform]} rounded-md px-2 py-0.5 text-xs font-bold text-white`}>
      {PLATFORM_LABELS[platform]}
    </span>
  );
}
