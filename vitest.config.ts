import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript source (the "@hgcs/source" export condition),
// so tests never need a build of core.
const conditions = ["@hgcs/source", "node", "import", "module", "default"];

// `--mode conformance` (pnpm test:shared) runs only the conformance run (tests/conformance); every other
// run leaves it out, since a clone has nothing beside it.
export default defineConfig(({ mode }) => ({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include:
      mode === "conformance"
        ? ["tests/conformance/**/*.test.ts"]
        : [
            "packages/*/src/**/*.test.ts",
            "packages/*/test/**/*.test.ts",
            "tests/**/*.test.ts",
            "examples/**/*.test.ts",
          ],
    exclude: ["**/node_modules/**", "**/dist/**", ...(mode === "conformance" ? [] : ["tests/conformance/**"])],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    benchmark: {
      include: ["packages/*/bench/**/*.bench.ts", "tests/bench/**/*.bench.ts"],
    },
  },
}));
