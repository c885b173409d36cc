import { z } from "zod";

/**
 * tRPC checks a procedure's input and output with the schema's `parseAsync`, and zod gives up its
 * compiled path for objects when it parses asynchronously: an order's answer took 40 µs to check
 * that way against 10 with `parse`, and the intake checks an order in and one out at every call.
 * No schema handed to a procedure refines or transforms asynchronously (a schema that did would
 * throw "Encountered Promise during synchronous parse" here, loudly, in the suites), so each is
 * given a `parseAsync` that runs `parse` and answers its outcome as a promise, as tRPC expects. The
 * schema stays the same object, so the OpenAPI document, derived from it, is unchanged.
 */
function parsedInOneGo(schema: unknown): unknown {
  if (schema instanceof z.ZodType) {
    Object.defineProperty(schema, "parseAsync", { value: async (data: unknown) => schema.parse(data), configurable: true });
  }
  return schema;
}

/** A procedure builder whose every `.input()` and `.output()` schema, and those of builders made from it, parse in one go. */
export function parsingInOneGo<B extends object>(builder: B): B {
  return new Proxy(builder, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const made: unknown = Reflect.apply(value, target, key === "input" || key === "output" ? args.map(parsedInOneGo) : args);
        return isBuilder(made) ? parsingInOneGo(made) : made;
      };
    },
  });
}

const isBuilder = (value: unknown): value is object =>
  typeof value === "object" && value !== null && "_def" in value && typeof (value as { input?: unknown }).input === "function";
