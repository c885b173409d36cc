import { z } from "zod";

/**
 * A field typed as text, read into a value (`read`) that the domain's own schema must accept: the
 * server's rule decides, and a refusal reads as the form's `message`, in the screen's language.
 */
export const typedField = <T>(schema: z.ZodType<T>, read: (text: string) => unknown, message: string) =>
  z.string().transform((text, context) => {
    const parsed = schema.safeParse(read(text));
    if (parsed.success) return parsed.data;
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });
