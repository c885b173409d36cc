import { z } from "zod";
import { ZPin, ZRole } from "./access";

/** A person a manager adds: the staff form and the procedure read the same schema, so both say the same. */
export const ZNewEmployee = z
  .object({
    name: z.string().trim().min(1, "Enter the person's name").max(80, "A name is at most 80 characters"),
    role: ZRole,
    storeIds: z.array(z.string().min(1)).max(50),
    pin: ZPin,
  })
  // Admins work across every store; anyone else must work somewhere.
  .refine((person) => person.role === "admin" || person.storeIds.length > 0, { path: ["storeIds"], message: "Choose at least one store for this person" });

/** A new PIN for someone, as the reset form and the procedure read it. */
export const ZNewPin = z.object({ pin: ZPin });

/** A staff group (Kitchen, Expo, Drivers), as the groups form and the procedure read it. */
export const ZNewGroup = z.object({ name: z.string().trim().min(1, "Enter the group's name").max(40, "A group's name is at most 40 characters") });
