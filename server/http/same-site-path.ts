const BASE = "http://orderboard.invalid";

/**
 * The path a sign-in may send the tablet on to: only one on this site. Parsed the way a browser
 * parses it, so `/\evil.example`, `/\t/evil.example` and `//evil.example` (which browsers read as
 * another host) are refused rather than pattern-matched.
 */
export function sameSitePath(next: string | undefined | null): string | null {
  if (!next || !next.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The normalized path must itself stay on this site when a browser reads it again.
  return path.startsWith("//") || path.startsWith("/\\") ? null : path;
}
