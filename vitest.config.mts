import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{server,db,app,components,scripts}/**/*.test.ts"],
    setupFiles: ["./test-support/temp-database.ts"],
    pool: "forks",
  },
});
