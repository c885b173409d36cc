// Creates and migrates the database (the SQLite file, or PostgreSQL under DATABASE_URL), and seeds the
// demo (stores, orders, people, simulator token) into an empty one.
import { closeDb, describeDatabase, migrationsBehind } from "@/db/client";
import { ENGINE } from "@/db/engine";
import { migratePostgres } from "@/db/pg-engine";
import { seedDemo, seedDemoPeople } from "@/server/demo/seed-demo";
import { stopEventBus } from "@/server/events/bus";

async function main() {
  if (ENGINE === "postgres") await migratePostgres(process.env.DATABASE_URL!);
  await migrationsBehind();
  const demo = process.env.ORDERBOARD_SEED !== "none";
  const seededOrders = demo && (await seedDemo());
  const seededPeople = demo && (await seedDemoPeople());
  const seeded = [seededOrders && "demo stores and orders", seededPeople && "demo people and token"].filter(Boolean);
  console.log(`Database ready at ${describeDatabase()}${seeded.length ? ` (seeded ${seeded.join(", ")})` : ""}`);
  await stopEventBus();
  await closeDb();
}

void main();
