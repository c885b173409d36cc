import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, pickLocale } from "@/server/domain/locale";
import { MESSAGES } from "./messages";

/** Each request speaks the tablet's chosen language, else the browser's (Accept-Language), else English. */
export default getRequestConfig(async () => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  // Times are always written in a store's own zone, passed where they are formatted; UTC is only the fallback.
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
