/** drizzle ends a limited query with ` limit ?`, or ` limit ? offset ?`. */
const TRAILING_LIMIT = / limit \?( offset \?)?$/;

/**
 * The query with its LIMIT written as a number instead of a bound parameter. SQLite, built with
 * STAT4 as better-sqlite3 is, lets a LIMIT's bound value shape the plan, so binding it (at every
 * run) makes the statement compile again: a lookup by an index took 40 µs instead of 3, a third of
 * the order intake's time in SQLite went on it. An OFFSET does not do this and stays bound.
 */
export function inlineLimit(source: string, params: unknown[]): { source: string; params: unknown[] } {
  const found = TRAILING_LIMIT.exec(source);
  if (!found) return { source, params };
  const at = params.length - (found[1] ? 2 : 1);
  const limit = params[at];
  if (typeof limit !== "number" || !Number.isSafeInteger(limit)) return { source, params };
  return {
    source: `${source.slice(0, found.index)} limit ${limit}${found[1] ?? ""}`,
    params: params.toSpliced(at, 1),
  };
}
