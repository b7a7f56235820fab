// `pnpm golden:update`: records the golden run anew into tests/golden/golden.json (formatted as Prettier
// would, so `pnpm format:check` stays clean). Review the change with `git diff tests/golden/golden.json`.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import * as prettier from "prettier";
import { goldenFile, goldenText, recordGolden, repoRoot } from "./record.js";

const golden = await recordGolden();
const options = (await prettier.resolveConfig(goldenFile)) ?? {};
const text = await prettier.format(goldenText(golden), { ...options, filepath: goldenFile });
writeFileSync(goldenFile, text);
const inputs = Object.keys(golden.inputs as object).length;
console.log(`${relative(repoRoot, goldenFile)}: ${inputs} inputs, ${Buffer.byteLength(text)} bytes`);
