import { z } from "zod";

/**
 * A form's value (`base`), read into a value (`read`) that the domain's own schema must accept: the
 * server's rule decides, and a refusal reads as the form's `message`, in the screen's language.
 */
export const judgedField = <In, T>(base: z.ZodType<In>, schema: z.ZodType<T>, read: (value: In) => unknown, message: string) =>
  base.transform((value, context) => {
    const parsed = schema.safeParse(read(value));
    if (parsed.success) return parsed.data;
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** A field typed as text, judged by the domain's schema (see `judgedField`). */
export const typedField = <T>(schema: z.ZodType<T>, read: (text: string) => unknown, message: string) => judgedField(z.string(), schema, read, message);
