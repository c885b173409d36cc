import { z } from "zod";
import { HttpError } from "./http-error";

const ZId = z.coerce.number<number>().int().positive();

/** A numeric id from a route's path, or a 400 that names which. */
export function parseId(value: string, what: string): number {
  const parsed = ZId.safeParse(value);
  if (!parsed.success) throw new HttpError(400, "INVALID_INPUT", `${what} is a positive whole number`);
  return parsed.data;
}
