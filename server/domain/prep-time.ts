import { z } from "zod";

export const PREP_MINUTE_CHOICES = [5, 10, 15, 20, 30] as const;
export const ZPrepMinutes = z.int().min(1, "At least 1 minute").max(240, "At most 4 hours");
