import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript source (the "@hgcs/source" export condition),
// so tests never need a build of core.
const conditions = ["@hgcs/source", "node", "import", "module", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "tests/**/*.test.ts",
      "examples/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    benchmark: {
      include: ["packages/*/bench/**/*.bench.ts", "tests/bench/**/*.bench.ts"],
    },
  },
});
