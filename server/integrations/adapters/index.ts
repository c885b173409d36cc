import type { Platform } from "@/server/domain/platforms";
import type { PlatformAdapter } from "../inbound-event";
import { direct } from "./direct";
import { doordash } from "./doordash";
import { grubhub } from "./grubhub";
import { luladirect } from "./luladirect";
import { uberEats } from "./uber-eats";

export const ADAPTERS: Record<Platform, PlatformAdapter> = { doordash, uber_eats: uberEats, grubhub, luladirect, direct };
