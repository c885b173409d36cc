import { FULFILLMENT_TYPES, type FulfillmentType } from "@/server/domain/fulfillment";
import { MARKETPLACES, type Platform } from "@/server/domain/platforms";
import { subtotalCents, totalCents } from "@/server/domain/money";
import type { Modifier, NewOrder } from "@/server/domain/new-order";
import { PAID_ON_PLATFORM } from "@/server/domain/payment";

/** A small deterministic generator, so a seed gives the same demo every time. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof seededRandom>;

type MenuItem = { name: string; price: number; options: Modifier[] };

const MENU: MenuItem[] = [
  {
    name: "Smash Burger",
    price: 1195,
    options: [
      { name: "Onion", action: "remove", quantity: 1, price_cents: 0 },
      { name: "Cheese", action: "extra", quantity: 1, price_cents: 150 },
      { name: "Bacon", action: "add", quantity: 1, price_cents: 250 },
      { name: "Pickles", action: "remove", quantity: 1, price_cents: 0 },
    ],
  },
  {
    name: "Crispy Chicken Sandwich",
    price: 1095,
    options: [
      { name: "Spicy", action: "choice", quantity: 1, price_cents: 0 },
      { name: "Mayo", action: "light", quantity: 1, price_cents: 0 },
      { name: "Slaw", action: "add", quantity: 1, price_cents: 100 },
    ],
  },
  {
    name: "Veggie Bowl",
    price: 1250,
    options: [
      { name: "Brown rice", action: "choice", quantity: 1, price_cents: 0 },
      { name: "Avocado", action: "extra", quantity: 1, price_cents: 200 },
      { name: "Cilantro", action: "remove", quantity: 1, price_cents: 0 },
      { name: "Tahini", action: "side", quantity: 1, price_cents: 0 },
    ],
  },
  {
    name: "Fries",
    price: 450,
    options: [
      { name: "Large", action: "choice", quantity: 1, price_cents: 150 },
      { name: "Salt", action: "light", quantity: 1, price_cents: 0 },
    ],
  },
  {
    name: "Caesar Salad",
    price: 995,
    options: [
      { name: "Dressing", action: "side", quantity: 1, price_cents: 0 },
      { name: "Croutons", action: "remove", quantity: 1, price_cents: 0 },
      { name: "Grilled chicken", action: "add", quantity: 1, price_cents: 350 },
    ],
  },
  {
    name: "Chocolate Shake",
    price: 595,
    options: [
      { name: "Whipped cream", action: "remove", quantity: 1, price_cents: 0 },
      { name: "Malt", action: "add", quantity: 1, price_cents: 75 },
    ],
  },
  { name: "Lemonade", price: 350, options: [{ name: "Ice", action: "light", quantity: 1, price_cents: 0 }] },
];

const FIRST_NAMES = ["Ava", "Noah", "Mia", "Liam", "Zoe", "Omar", "Priya", "Diego", "Hana", "Sam", "Lucia", "Kofi"];
const LAST_NAMES = ["Nguyen", "Garcia", "Smith", "Okafor", "Kim", "Rossi", "Patel", "Cohen", "Silva", "Brown"];
const ORDER_NOTES = ["Please add extra napkins", "Allergic to peanuts", "Ring the bell, baby sleeping", "No utensils please"];
const ITEM_NOTES = ["Cut in half", "Well done", "Sauce on top, not mixed", "Kid's portion"];
const STREETS = ["Valencia St", "Mission St", "Lake St", "Oak Park Ave", "Harlem Ave", "24th St"];

const SHORT_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export type RandomOrderOptions = {
  storeId: string;
  placedAt?: Date;
  platform?: Platform;
  fulfillment?: FulfillmentType;
  /** A drive-thru order to be paid at the window (by cash, with the note the customer will hand over). */
  unpaid?: boolean;
};

/** A realistic order for the demo board and the simulator, with money that adds up to the cent. */
export function randomOrder(random: Random, options: RandomOrderOptions): NewOrder {
  const platform = options.platform ?? random.pick(MARKETPLACES);
  const fulfillment = options.unpaid ? "drive_thru" : (options.fulfillment ?? random.pick(FULFILLMENT_TYPES));
  const lineCount = random.int(1, 4);
  const items = Array.from({ length: lineCount }, () => {
    const menuItem = random.pick(MENU);
    const modifiers = menuItem.options.filter(() => random.next() < 0.3);
    return {
      name: menuItem.name,
      quantity: random.next() < 0.75 ? 1 : random.int(2, 3),
      unit_price_cents: menuItem.price,
      modifiers,
      special_instructions: random.next() < 0.12 ? random.pick(ITEM_NOTES) : undefined,
    };
  });
  const subtotal = subtotalCents(items);
  const tax = Math.round((subtotal * 875) / 10_000);
  const delivered = fulfillment === "delivery" || fulfillment === "merchant_delivery";
  const tip = delivered ? random.pick([0, 200, 300, 500]) : 0;
  const fees = delivered ? 299 : 0;
  const discount = random.next() < 0.15 ? Math.min(500, subtotal) : 0;
  const money = { subtotal_cents: subtotal, tax_cents: tax, tip_cents: tip, fees_cents: fees, discount_cents: discount };
  const total = totalCents(money);
  const placedAt = options.placedAt ?? new Date();
  const code = Array.from({ length: 5 }, () => random.pick([...SHORT_CODE_LETTERS])).join("");
  return {
    platform,
    external_id: `${platform}-${placedAt.getTime().toString(36)}-${code}`,
    short_code: code,
    store_id: options.storeId,
    customer: {
      first_name: random.pick(FIRST_NAMES),
      last_name: random.pick(LAST_NAMES),
      phone: `+1555${random.int(1000000, 9999999)}`,
    },
    fulfillment: {
      type: fulfillment,
      address: delivered ? `${random.int(100, 2999)} ${random.pick(STREETS)}` : undefined,
      vehicle: fulfillment === "curbside" ? random.pick(["Blue Honda Civic", "White Tesla Model 3", "Red Ford F-150"]) : undefined,
      table: fulfillment === "dine_in" ? String(random.int(1, 24)) : undefined,
    },
    items,
    special_instructions: random.next() < 0.25 ? random.pick(ORDER_NOTES) : undefined,
    money: { currency: "USD", ...money, total_cents: total },
    payment: options.unpaid ? { method: "cash", paid: false, cash_tendered_cents: Math.ceil(total / 1000) * 1000 } : PAID_ON_PLATFORM,
    placed_at: placedAt.toISOString(),
    estimated_pickup_at: new Date(placedAt.getTime() + random.int(15, 30) * 60_000).toISOString(),
  };
}
