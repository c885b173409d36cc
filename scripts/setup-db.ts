// Creates and migrates the database, and seeds the demo the first time.
import { databasePath, getDb } from "@/db/client";
import { seedDemo } from "@/server/demo/seed-demo";

getDb();
const seeded = process.env.ORDERBOARD_SEED === "none" ? false : seedDemo();
console.log(`Database ready at ${databasePath()}${seeded ? " (demo data seeded)" : ""}`);
