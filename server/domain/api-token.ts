import { z } from "zod";
import { ZAbility } from "./access";

/** A token an admin makes for an integrator: the form and the procedure read the same schema. */
export const ZNewToken = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(80, "A token's name is at most 80 characters"),
  abilities: z.array(ZAbility).min(1, "Give the token at least one ability"),
  storeId: z.string().min(1).nullable().default(null),
});
