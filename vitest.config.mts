import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run the server's modules directly, as the server itself (whose bundles resolve this to nothing) does.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{server,db,app,components,scripts}/**/*.test.ts"],
    setupFiles: ["./test-support/temp-database.ts"],
    pool: "forks",
    // Test receivers listen on loopback; the tests of the refusal itself set this to nothing.
    env: { ORDERBOARD_PRIVATE_ENDPOINTS: "127.0.0.1" },
  },
});
