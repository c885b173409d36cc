import { z } from "zod";

// Values as a query string carries them (`?status=ready,completed&has_issue=true`); the same fields
// sent as JSON (arrays, booleans) pass as they are.

const split = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

/** A list: comma-separated, or the key repeated; any of its values matches. */
export const queryList = <T extends z.ZodType>(item: T) => z.preprocess(split, z.array(item).max(50));

/** `true` or `false`. */
export const queryFlag = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean());
