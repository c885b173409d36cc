import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { ENGINE } from "./engine";

/**
 * Where the engines' SQL differs, in one place. Both engines' other queries are the same SQL:
 * drizzle writes it per dialect, and times are epoch milliseconds, so no date arithmetic is needed.
 */

/** `expression` contains `text`, ignoring case (SQLite's LIKE ignores ASCII case; PostgreSQL's needs ILIKE), wildcards taken literally. */
export function containsText(expression: SQLWrapper, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ENGINE === "postgres" ? sql`${expression} ilike ${pattern} escape '\\'` : sql`${expression} like ${pattern} escape '\\'`;
}
