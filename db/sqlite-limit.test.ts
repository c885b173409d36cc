import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { inlineLimit } from "./sqlite-limit";

describe("inlineLimit", () => {
  it("writes a trailing limit as its number and drops its parameter", () => {
    expect(inlineLimit('select "id" from "t" where "a" = ? limit ?', ["x", 1])).toEqual({ source: 'select "id" from "t" where "a" = ? limit 1', params: ["x"] });
  });

  it("keeps an offset bound", () => {
    expect(inlineLimit('select "id" from "t" where "a" = ? limit ? offset ?', ["x", 50, 100])).toEqual({
      source: 'select "id" from "t" where "a" = ? limit 50 offset ?',
      params: ["x", 100],
    });
  });

  it("leaves a query without a trailing limit, or a limit that is not a whole number, as it is", () => {
    for (const [source, params] of [
      ["select ? limit 3", ["x"]],
      ["select 1 where ? = 'limit ?'", ["y"]],
      ["select ? limit ?", ["x", 1.5]],
      ["select ? limit ?", ["x", "1; drop table t"]],
    ] as const) {
      expect(inlineLimit(source, [...params])).toEqual({ source, params });
    }
  });

  it("answers what the bound query answers", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("create table t (id integer primary key, a text); insert into t (a) values ('x'), ('x'), ('x'), ('y')");
    const run = (source: string, params: unknown[]) => sqlite.prepare(source).all(...params);
    for (const [source, params] of [
      ["select id from t where a = ? order by id desc limit ?", ["x", 2]],
      ["select id from t where a = ? order by id limit ? offset ?", ["x", 1, 1]],
      ["select id from t where a = ? limit ?", ["x", 0]],
    ] as const) {
      const inlined = inlineLimit(source, [...params]);
      expect(inlined.source).not.toBe(source);
      expect(run(inlined.source, inlined.params)).toEqual(run(source, [...params]));
    }
  });
});
