import path from "node:path";
import { defineConfig } from "vitest/config";

/** The suites that reach the database (services, REST, tRPC, routes): they run on both engines. */
const DATABASE_SUITES = ["**/*.postgres.test.ts", "server/services/**/*.test.ts", "server/rest/**/*.test.ts", "server/trpc/**/*.test.ts", "server/integrations/**/*.test.ts", "app/**/*.test.ts", "server/http/live-feed.test.ts", "db/client.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run the server's modules directly, as the server itself (whose bundles resolve this to nothing) does.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    setupFiles: ["./test-support/temp-database.ts"],
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["{server,db,app,components,scripts,i18n}/**/*.test.ts"],
          exclude: ["**/*.postgres.test.ts", "**/node_modules/**"],
          // Test receivers listen on loopback; the tests of the refusal itself set this to nothing. No DATABASE_URL: the SQLite file.
          env: { ORDERBOARD_PRIVATE_ENDPOINTS: "127.0.0.1", DATABASE_URL: "" },
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: DATABASE_SUITES,
          // Each file gets a database of its own on the server this starts (or the one DATABASE_URL names).
          globalSetup: ["./test-support/postgres-global-setup.ts"],
          env: { ORDERBOARD_PRIVATE_ENDPOINTS: "127.0.0.1", ORDERBOARD_TEST_ENGINE: "postgres" },
        },
      },
    ],
  },
});
