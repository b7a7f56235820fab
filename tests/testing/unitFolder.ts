import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { oleWith } from "./badInputs.js";
import { officeSheetsDir, repoRoot } from "./fixtures.js";

/** The plan of the Thanh Hóa Department of Justice, the issuer of the examples' "SỞ TƯ PHÁP TỈNH THANH HÓA" sheets. */
export const thanhHoaPlan = join(repoRoot, "examples", "thanh-hoa-2024", "plan.json");

/**
 * A province's inbox in `dir`, as the desk receives it: good, wrong, unfilled and legacy-encoded unit
 * workbooks (one in a sub-folder, with its unit's own plan beside it), a damaged one, an .xls, a
 * password-protected one, an .xlsm, Excel's lock file and a report hgcs wrote. Returns the files a batch
 * lists, in the order it checks them, and what each must give.
 */
export async function makeUnitFolder(dir: string): Promise<{ file: string; expect: "clean" | "errors" | "failed" }[]> {
  await mkdir(join(dir, "xa"), { recursive: true });
  const office = (name: string, as: string) => copyFile(join(officeSheetsDir, name), join(dir, as));
  await office("du-toan-chuan.xlsx", "01-so-tu-phap.xlsx");
  await office("du-toan-co-loi.xlsx", "02-so-tu-phap-loi.xlsx");
  await office("chua-dien.xlsx", "03-chua-dien.xlsx");
  await office("phong-tu-phap-tcvn3.xlsx", "04-hoang-hoa-tcvn3.xlsx");
  await office("du-toan-chuan.xlsx", "07-macro.xlsm");
  await office("du-toan-chuan.xlsx", "~$01-so-tu-phap.xlsx");
  await copyFile(join(repoRoot, "tests", "corpus", "hn-tien-an-vuot-tran.xlsx"), join(dir, "xa", "ngoc-lac.xlsx"));
  // The unit's own plan beside its workbook (any valid plan: it is applied there whoever issued it).
  await copyFile(
    join(repoRoot, "examples", "plans", "lang-son-2023", "plan.json"),
    join(dir, "xa", "ngoc-lac.plan.json"),
  );
  await writeFile(
    join(dir, "05-hong.xlsx"),
    Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.alloc(200, 7)]),
  );
  await writeFile(join(dir, "06-cu.xls"), oleWith("Root Entry", "Workbook", "\u0005SummaryInformation"));
  await writeFile(join(dir, "08-mat-khau.xlsx"), oleWith("Root Entry", "EncryptionInfo", "EncryptedPackage"));
  const report = new ExcelJS.Workbook();
  report.keywords = "hgcs:report";
  report.addWorksheet("Tổng hợp").addRow(["Tệp", "Đơn vị"]);
  await report.xlsx.writeFile(join(dir, "bao-cao.xlsx"));
  return [
    { file: "01-so-tu-phap.xlsx", expect: "clean" },
    { file: "02-so-tu-phap-loi.xlsx", expect: "errors" },
    { file: "03-chua-dien.xlsx", expect: "clean" },
    { file: "04-hoang-hoa-tcvn3.xlsx", expect: "errors" },
    { file: "05-hong.xlsx", expect: "failed" },
    { file: "06-cu.xls", expect: "failed" },
    { file: "07-macro.xlsm", expect: "failed" },
    { file: "08-mat-khau.xlsx", expect: "failed" },
    { file: "xa/ngoc-lac.xlsx", expect: "errors" },
  ];
}
