import { z } from "zod";

/** How a modifier changes an item, so a ticket can read the way a kitchen reads it. */
export const MODIFIER_ACTIONS = ["choice", "add", "extra", "light", "remove", "side"] as const;
export const ZModifierAction = z.enum(MODIFIER_ACTIONS);
export type ModifierAction = z.infer<typeof ZModifierAction>;

/** How each action is said in English, `{name}` for the modifier; the screens' messages say it in their language. */
export const MODIFIER_PHRASES: Record<ModifierAction, string> = {
  choice: "{name}",
  add: "Add {name}",
  extra: "Extra {name}",
  light: "Light {name}",
  remove: "No {name}",
  side: "{name} on the side",
};

/** Says a modifier's action with its name, in some language. */
export type ModifierPhrase = (action: ModifierAction, name: string) => string;
const inEnglish: ModifierPhrase = (action, name) => MODIFIER_PHRASES[action].replace("{name}", name);

/** "No onion", "2 × Extra cheese": as the kitchen reads it (in English unless told how to say it). */
export function describeModifier(modifier: { name: string; action: ModifierAction; quantity: number }, say: ModifierPhrase = inEnglish): string {
  const name = modifier.action === "choice" ? modifier.name : modifier.name.toLowerCase();
  const phrase = say(modifier.action, name);
  const sentence = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return modifier.quantity > 1 ? `${modifier.quantity} × ${sentence}` : sentence;
}

const SPOKEN: [RegExp, ModifierAction][] = [
  [/^(?:no|without|remove|hold(?: the)?)\s+(.+)$/i, "remove"],
  [/^extra\s+(.+)$/i, "extra"],
  [/^(?:light|easy(?: on)?)\s+(.+)$/i, "light"],
  [/^(.+?)\s+on the side$/i, "side"],
];

/**
 * A platform that does not say what a modifier does names it the way the kitchen says it ("No onion",
 * "Extra cheese", "Sauce on the side"): read the action from the name, so "No onion" never prints as
 * an addition. A name that says nothing keeps the platform's default.
 */
export function readModifierName(name: string, fallback: ModifierAction): { name: string; action: ModifierAction } {
  const trimmed = name.trim();
  for (const [pattern, action] of SPOKEN) {
    const match = pattern.exec(trimmed);
    if (match) return { name: match[1]!.trim(), action };
  }
  return { name: trimmed, action: fallback };
}

/** A removal ("No onion") is what a kitchen most often gets wrong: it is shown apart from additions. */
export const isRemoval = (modifier: { action: ModifierAction }) => modifier.action === "remove";

const ALLERGY = /\b(allerg\w*|anaphyla\w*|epipen|celiac|coeliac|gluten|peanuts?|tree ?nuts?|nuts?|sesame|shellfish|dairy|lactose|soy|eggs?)\b/i;

/** A note that may be about an allergy: it stands apart from every other note, with a warning sign. */
export const mentionsAllergy = (note: string | null | undefined) => note !== null && note !== undefined && ALLERGY.test(note);
