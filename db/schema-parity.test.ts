import { getTableName, is, Table } from "drizzle-orm";
import { getTableConfig as pgConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as pg from "./pg-schema";
import * as sqlite from "./sqlite-schema";

const tablesOf = (schema: Record<string, unknown>) => Object.fromEntries(Object.entries(schema).filter(([, value]) => is(value, Table))) as Record<string, Table>;
const sqliteTables = tablesOf(sqlite) as Record<string, SQLiteTable>;
const pgTables = tablesOf(pg) as Record<string, PgTable>;

type Shape = {
  columns: Record<string, { type: string; notNull: boolean; primary: boolean; hasDefault: boolean; unique: boolean }>;
  primaryKeys: string[][];
  indexes: Record<string, { columns: string[]; unique: boolean }>;
  foreignKeys: string[];
  checks: string[];
};

/** What both engines must agree on, in words either can say: the JS type a column holds (drizzle's `dataType`), never the SQL type. */
function shapeOf(config: ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>): Shape {
  const columnName = (column: { name: string }) => column.name;
  return {
    columns: Object.fromEntries(
      config.columns.map((column) => [column.name, { type: column.dataType, notNull: column.notNull, primary: column.primary, hasDefault: column.hasDefault, unique: column.isUnique }]),
    ),
    primaryKeys: config.primaryKeys.map((key) => key.columns.map(columnName)),
    indexes: Object.fromEntries(
      config.indexes.map((index) => [
        index.config.name,
        { columns: index.config.columns.map((column) => ("name" in column ? String(column.name) : "expression")), unique: index.config.unique ?? false },
      ]),
    ),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const reference = key.reference();
        return `${reference.columns.map(columnName).join(",")} → ${getTableName(reference.foreignTable)}(${reference.foreignColumns.map(columnName).join(",")}) on delete ${key.onDelete ?? "no action"}`;
      })
      .sort(),
    checks: config.checks.map((check) => check.name).sort(),
  };
}

describe("the two engines' schemas", () => {
  it("declare the same tables under the same names", () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    for (const [name, table] of Object.entries(sqliteTables)) expect(getTableName(pgTables[name]!), name).toBe(getTableName(table));
  });

  it.each(Object.keys(sqliteTables))("%s: the same columns, keys, indexes and checks", (name) => {
    expect(shapeOf(pgConfig(pgTables[name]!))).toEqual(shapeOf(sqliteConfig(sqliteTables[name]!)));
  });

  it("give every row the same TypeScript type, so one query serves both", () => {
    type Rows<S> = { [K in keyof S]: S[K] extends { $inferSelect: infer R } ? R : never };
    type Inserts<S> = { [K in keyof S]: S[K] extends { $inferInsert: infer R } ? R : never };
    expectTypeOf<Rows<typeof pg>>().toEqualTypeOf<Pick<Rows<typeof sqlite>, keyof typeof pg>>();
    expectTypeOf<Inserts<typeof pg>>().toEqualTypeOf<Pick<Inserts<typeof sqlite>, keyof typeof pg>>();
  });
});
