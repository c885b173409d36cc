import type { Locale } from "@/server/domain/locale";
import { en } from "./en";
import { es } from "./es";

export const MESSAGES: Record<Locale, typeof en> = { "en-US": en, "es-US": es };
