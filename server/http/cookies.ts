import type { RequestHead } from "./api-request";
import { LOCALE_COOKIE, type Locale } from "@/server/domain/locale";

export const SESSION_COOKIE = "ob_session";
/** Names the tablet a browser is, for per-tablet sign-in throttling; it grants nothing by itself. */
export const TABLET_COOKIE = "ob_tablet";
const TABLET_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

export function readCookie(request: RequestHead, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

function isHttps(request: RequestHead): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function cookie(request: RequestHead, name: string, value: string, extra: string[] = []): string {
  return [`${name}=${encodeURIComponent(value)}`, ...extra, "Path=/", "HttpOnly", "SameSite=Lax", ...(isHttps(request) ? ["Secure"] : [])].join("; ");
}

/** HttpOnly and SameSite=Lax always, Secure whenever the app is served over https; ends with the browser. */
export function sessionCookie(request: RequestHead, token: string | null): string {
  return token === null ? cookie(request, SESSION_COOKIE, "", ["Max-Age=0"]) : cookie(request, SESSION_COOKIE, token);
}

export function tabletCookie(request: RequestHead, token: string): string {
  return cookie(request, TABLET_COOKIE, token, [`Max-Age=${TABLET_COOKIE_MAX_AGE_S}`]);
}

/** The tablet's language (LOCALE_COOKIE), kept as long as the tablet itself is known. */
export function localeCookie(request: RequestHead, locale: Locale): string {
  return cookie(request, LOCALE_COOKIE, locale, [`Max-Age=${TABLET_COOKIE_MAX_AGE_S}`]);
}

/** A browser always names the page a POST comes from; one from another site is refused. */
export function isCrossOrigin(request: RequestHead): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") === "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
