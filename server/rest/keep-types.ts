import type { AnyTRPCRouter } from "@trpc/server";
import type { z } from "zod";

const COERCIBLE = new Set(["number", "boolean", "bigint", "date"]);
type Def = { type: string; coerce?: boolean; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[]; left?: z.ZodType; right?: z.ZodType };

function pin(schema: z.ZodType, seen: Set<object>) {
  const def = schema._zod.def as unknown as Def;
  if (seen.has(def)) return;
  seen.add(def);
  if (COERCIBLE.has(def.type)) {
    const coerce = def.coerce ?? false;
    Object.defineProperty(def, "coerce", { get: () => coerce, set: () => {}, enumerable: true, configurable: false });
  }
  const children = [...Object.values(def.shape ?? {}), def.innerType, def.element, def.in, def.out, ...(def.options ?? []), def.left, def.right];
  for (const child of children) if (child?._zod) pin(child, seen);
}

/**
 * trpc-to-openapi turns on string coercion in the number and boolean schemas of every REST input it
 * reads, in place, on schemas the rest of the app shares (so `Boolean("false")` would be true, and
 * `null` cents 0, everywhere, from the first REST call on). Pinning each schema's setting keeps the
 * declared types: JSON bodies are taken as typed, and only fields declared with `z.coerce` (path ids,
 * paging) read numbers out of strings.
 */
export function keepDeclaredTypes(router: AnyTRPCRouter) {
  const seen = new Set<object>();
  for (const procedure of Object.values(router._def.procedures) as { _def: { inputs: z.ZodType[] } }[]) {
    for (const input of procedure._def.inputs) pin(input, seen);
  }
}
