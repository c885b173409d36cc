"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const PLATFORM_COLOURS = { doordash: "#eb1700", uber_eats: "#06a05a", grubhub: "#e0680b", luladirect: "#7c3aed", direct: "#334155" } as const;
/** Statuses in charts: hues no platform uses, so a red bar never reads as DoorDash. */
export const LOSS_COLOURS = { cancelled: "#db2777", denied: "#0891b2" } as const;

type Series = { key: string; label: string; colour: string };

/** A bar chart for the eye; the same numbers always sit in a table beside it for everyone else. */
export function Bars({ data, x, series, stacked = false, label }: { data: Record<string, unknown>[]; x: string; series: Series[]; stacked?: boolean; label: string }) {
  return (
    <figure aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
          <XAxis dataKey={x} stroke="var(--muted)" fontSize={12} />
          <YAxis stroke="var(--muted)" fontSize={12} allowDecimals={false} />
          <Tooltip contentStyle={{ background: "var(--panel)", border: "1px solid var(--line)" }} />
          <Legend />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} stackId={stacked ? "stack" : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
