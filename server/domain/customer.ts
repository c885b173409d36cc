import { z } from "zod";

/** A manager's notes about a customer (allergies, preferences), as the note form and the procedure read them. */
export const ZCustomerNotes = z.object({ notes: z.string().trim().max(1000) });
