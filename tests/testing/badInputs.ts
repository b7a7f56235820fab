import { execFileSync } from "node:child_process";
import { copyFile, mkdir, open, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { officeSheetsDir } from "./fixtures.js";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file holding streams of these names: what an .xls or a password-protected workbook looks like. */
export const oleWith = (...streams: string[]) =>
  Buffer.concat([OLE, Buffer.alloc(504), ...streams.map((s) => Buffer.from(`${s}\0`, "utf16le")), Buffer.alloc(512)]);

/** Files no workbook reader should choke on, made in `dir`; each names the message it must produce. */
export async function makeBadInputs(dir: string): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const path = (name: string) => join(dir, name);
  const fixture = await readFile(join(officeSheetsDir, "chua-dien.xlsx"));

  await writeFile(path("rong.xlsx"), "");
  await writeFile(
    path("zip-hong.xlsx"),
    Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.alloc(200, 7)]),
  );
  await writeFile(path("cat-doi.xlsx"), fixture.subarray(0, Math.floor(fixture.length / 2)));
  await writeFile(path("van-ban.xlsx"), "STT;Nội dung chi;Thành tiền\n1;Thuê hội trường;36000000\n");
  await writeFile(path("cu.xls"), oleWith("Root Entry", "Workbook", "\u0005SummaryInformation"));
  await writeFile(path("cu-doi-ten.xlsx"), oleWith("Root Entry", "Workbook"));
  await writeFile(path("mat-khau.xlsx"), oleWith("Root Entry", "EncryptionInfo", "EncryptedPackage"));
  await writeFile(
    path("bang-tinh.ods"),
    Buffer.concat([
      Buffer.from("PK\u0003\u0004", "latin1"),
      Buffer.alloc(26),
      Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
    ]),
  );
  await mkdir(path("thu-muc.xlsx"), { recursive: true });
  // A pipe nobody writes to, and a link to an endless device: refused before any read.
  execFileSync("mkfifo", [path("ong-dan.xlsx")]);
  await symlink("/dev/zero", path("vo-tan.xlsx"));

  // Over the 50 MB limit without writing 50 MB: a sparse file (the size is checked before reading).
  const big = await open(path("qua-lon.xlsx"), "w");
  await big.write(Buffer.from("PK\u0003\u0004", "latin1"));
  await big.truncate(51 * 1024 * 1024);
  await big.close();

  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Trống");
  await empty.xlsx.writeFile(path("trang-trong.xlsx"));

  const noTable = new ExcelJS.Workbook();
  noTable.addWorksheet("Danh sách").addRows([
    ["Họ và tên", "Đơn vị"],
    ["Nguyễn Văn A", "Xã Đông Hải"],
  ]);
  noTable.addWorksheet("Trống");
  await noTable.xlsx.writeFile(path("khong-co-bang.xlsx"));

  await copyFile(join(officeSheetsDir, "du-toan-chuan.xlsx"), path("hop-le.xlsx"));
  return {
    "rong.xlsx": "file.empty",
    "zip-hong.xlsx": "file.corrupt",
    "cat-doi.xlsx": "file.corrupt",
    "van-ban.xlsx": "file.not_zip",
    "cu.xls": "file.old_xls",
    "cu-doi-ten.xlsx": "file.old_xls",
    "mat-khau.xlsx": "file.encrypted",
    "bang-tinh.ods": "file.ods",
    // A folder is a batch: one with no workbook in it is said to be so.
    "thu-muc.xlsx": "batch.no_workbooks",
    "ong-dan.xlsx": "file.special",
    "vo-tan.xlsx": "file.special",
    "qua-lon.xlsx": "file.too_large",
    "trang-trong.xlsx": "sheet.empty",
    "khong-co-bang.xlsx": "table.none",
    "khong-co.xlsx": "file.missing",
  };
}

/**
 * An estimate sheet with `lines` item lines (one section), written with ExcelJS's streaming writer:
 * quantity × rate typed, amounts as formulas with cached results, the subtotal and total as SUMs.
 */
export async function writeLongEstimate(file: string, lines: number): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("Dự toán");
  ws.addRow(["DỰ TOÁN KINH PHÍ"]).commit();
  ws.addRow([null, null, null, null, "Đơn vị tính: đồng"]).commit();
  ws.addRow(["STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Mức chi", "Thành tiền"]).commit();
  const first = 5;
  const last = first + lines - 1;
  const items = Array.from({ length: lines }, (_, i) => ({ qty: (i % 50) + 1, rate: 1000 * ((i % 7) + 1) }));
  const total = items.reduce((sum, it) => sum + it.qty * it.rate, 0);
  ws.addRow([
    "I",
    "Tổ chức hội nghị tập huấn",
    null,
    null,
    null,
    { formula: `SUM(F${first}:F${last})`, result: total },
  ]).commit();
  items.forEach(({ qty, rate }, i) => {
    const r = first + i;
    ws.addRow([
      String(i + 1),
      `Khoản chi số ${i + 1}`,
      "người",
      qty,
      rate,
      { formula: `D${r}*E${r}`, result: qty * rate },
    ]).commit();
  });
  ws.addRow([null, "TỔNG CỘNG", null, null, null, { formula: `F4`, result: total }]).commit();
  ws.commit();
  await wb.commit();
  return total;
}
