/** How the analytics page writes a duration and a rate, "—" where there was nothing to measure. */
export const minutes = (ms: number | null) => (ms === null ? "—" : `${(ms / 60_000).toFixed(1)} min`);
export const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);
