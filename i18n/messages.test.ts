import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/server/domain/locale";
import { MESSAGES } from "./messages";

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };
const LITERAL = 0;
const POUND = 7;

/** Every message of a tree by its dotted key. */
function flatten(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value as object, `${prefix}${key}.`)));
}

/** The names a message takes (arguments, plurals, selects, rich-text tags), wherever they sit in it. */
function argumentsOf(nodes: Node[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.type !== LITERAL && node.type !== POUND && node.value) names.add(node.value);
    for (const option of Object.values(node.options ?? {})) for (const name of argumentsOf(option.value)) names.add(name);
    for (const name of argumentsOf(node.children ?? [])) names.add(name);
  }
  return names;
}

const english = new Map(flatten(MESSAGES["en-US"]));

describe("the screens' messages", () => {
  it.each(LOCALES)("%s has every English message and no other", (locale) => {
    expect(flatten(MESSAGES[locale]).map(([key]) => key)).toEqual([...english.keys()]);
  });

  it.each(LOCALES)("every %s message is valid ICU and asks for exactly the arguments the English one does", (locale) => {
    for (const [key, message] of flatten(MESSAGES[locale])) {
      const ast = new IntlMessageFormat(message, locale).getAst() as Node[];
      const expected = argumentsOf(new IntlMessageFormat(english.get(key)!, "en-US").getAst() as Node[]);
      expect([...argumentsOf(ast)].sort(), key).toEqual([...expected].sort());
      const values = Object.fromEntries([...expected].map((name) => [name, name === "strong" ? (chunks: string[]) => chunks.join("") : 2]));
      expect(() => new IntlMessageFormat(message, locale).format(values), key).not.toThrow();
    }
  });
});
