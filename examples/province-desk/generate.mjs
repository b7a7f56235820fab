// Writes don-vi/: the workbooks a Department of Justice receives from its units, as the province's desk
// finds them — correct estimates in other layouts, estimates with mistakes, an unfilled one, a legacy-encoded
// one, a damaged file, an old .xls and Excel's lock file of an open workbook. The estimates are copies of the
// project's own example workbooks (tests/corpus, examples/office-sheets; sources in their READMEs); the
// damaged and old files are made here. Same bytes at every run: `node examples/province-desk/generate.mjs [folder]`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
// Another folder may be named (the test regenerates into a temporary one and compares).
const out = process.argv[2] ? resolve(process.argv[2]) : join(here, "don-vi");

/** Unit folder → file → where it comes from. */
export const copies = {
  "huyen-nhu-thanh/du-toan-2024.xlsx": "tests/corpus/bang-cot-c.xlsx",
  "huyen-ha-trung/du-toan-bo-sung.xlsx": "tests/corpus/du-toan-da-cap.xlsx",
  "huyen-trieu-son/du-toan.xlsx": "tests/corpus/hn-tap-huan-so-lan.xlsx",
  "huyen-nong-cong/du-toan.xlsx": "tests/corpus/hn-so-buoi-cot-b.xlsx",
  "huyen-hoang-hoa/du-toan-tcvn3.xlsx": "examples/office-sheets/phong-tu-phap-tcvn3.xlsx",
  "huyen-thieu-hoa/du-toan.xlsx": "tests/corpus/hn-sum-thieu-dong.xlsx",
  "huyen-quang-xuong/du-toan.xlsx": "tests/corpus/hn-bang-chu-sai.xlsx",
  "huyen-ngoc-lac/du-toan.xlsx": "tests/corpus/hn-tien-an-vuot-tran.xlsx",
  "so-tu-phap/du-toan-chua-dien.xlsx": "examples/office-sheets/chua-dien.xlsx",
};

// An OLE compound file's signature, then its directory names: what an .xls saved by old Excel starts with.
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const oldXls = Buffer.concat([
  ole,
  Buffer.alloc(504),
  Buffer.from("Root Entry\0Workbook\0", "utf16le"),
  Buffer.alloc(512),
]);

function main() {
  rmSync(out, { recursive: true, force: true });
  for (const [to, from] of Object.entries(copies)) {
    mkdirSync(dirname(join(out, to)), { recursive: true });
    copyFileSync(join(root, from), join(out, to));
  }
  // A download cut short: the first half of a correct workbook.
  const whole = readFileSync(join(root, "tests/corpus/du-toan-nam-truoc.xlsx"));
  mkdirSync(join(out, "huyen-tho-xuan"), { recursive: true });
  writeFileSync(join(out, "huyen-tho-xuan/du-toan-bi-hong.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
  mkdirSync(join(out, "huyen-yen-dinh"), { recursive: true });
  writeFileSync(join(out, "huyen-yen-dinh/du-toan-2024.xls"), oldXls);
  // Excel's lock file beside a workbook someone has open: never a workbook of its own.
  writeFileSync(join(out, "huyen-nhu-thanh/~$du-toan-2024.xlsx"), Buffer.from("\u0005Nguyen Van A", "utf16le"));
}

main();
