// Creates and migrates the database, and seeds the demo (stores, orders, people, simulator token) into an empty one.
import { databasePath, getDb } from "@/db/client";
import { seedDemo, seedDemoPeople } from "@/server/demo/seed-demo";

async function main() {
  getDb();
  const demo = process.env.ORDERBOARD_SEED !== "none";
  const seededOrders = demo && seedDemo();
  const seededPeople = demo && (await seedDemoPeople());
  const seeded = [seededOrders && "demo stores and orders", seededPeople && "demo people and token"].filter(Boolean);
  console.log(`Database ready at ${databasePath()}${seeded.length ? ` (seeded ${seeded.join(", ")})` : ""}`);
}

void main();
