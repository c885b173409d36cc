import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// The layers, enforced: pages, routes and procedures reach the database only through services; the
// browser's components import only browser-safe domain code, and types; the domain does no I/O.
const DATABASE = { group: ["@/db/*", "drizzle-orm", "drizzle-orm/*", "better-sqlite3"], message: "Reach the database through a service in server/services." };
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // Services are async on both engines: a promise nobody awaits is a check that never happened
    // (an authorization, a write) or an error nobody sees.
    files: ["{app,server,db,scripts,test-support,e2e}/**/*.ts", "app/**/*.tsx", "*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // The query runners only SQLite's driver has: on the shared data layer a query is awaited.
    files: ["server/**/*.ts", "db/**/*.ts", "scripts/**/*.ts", "test-support/**/*.ts"],
    ignores: ["db/sqlite-engine.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[arguments.length=0][callee.property.name=/^(get|all|run)$/]", message: "Await the query: .get(), .all() and .run() exist only on SQLite." },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "server/trpc/**/*.ts"],
    ignores: TESTS,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { ...DATABASE, message: "Components run in the browser: ask a procedure." },
            { group: ["@/server/*", "!@/server/domain", "!@/server/domain/*"], allowTypeImports: true, message: "Components run in the browser: they import only server/domain (and types)." },
            { group: ["server-only", "node:*"], message: "Components run in the browser." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/domain/**/*.ts"],
    ignores: TESTS,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { ...DATABASE, message: "The domain does no I/O: a service reads and writes for it." },
            { group: ["@/server/*", "!@/server/domain", "!@/server/domain/*"], message: "The domain depends on nothing but itself." },
            { group: ["node:*", "fs", "http", "https", "net", "server-only"], message: "The domain does no I/O." },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"]),
]);
