import { describeCorrupt, fileSize, groupedCount, quotedList as list, type CorruptReasonTexts } from "./format.js";
import type { ArgName } from "../problems.js";
import type { CliMessages } from "./types.js";

/** What is wrong with a damaged package, in Vietnamese. */
const corruptReasons: CorruptReasonTexts = {
  no_directory: () => "thiếu mục lục của tệp nén — thường do tệp tải về hoặc chép chưa hết",
  damaged_directory: () => "mục lục của tệp nén bị hỏng",
  damaged_entry: (where) => `phần${where} bị hỏng`,
  truncated_entry: (where) => `phần${where} bị cắt cụt — tệp chưa chép hết`,
  unsupported_compression: (where) => `phần${where} nén theo cách không đọc được`,
  entry_too_large: (where) => `phần${where} quá lớn khi giải nén`,
  ends_mid_element: (where) => `phần${where} dừng giữa chừng`,
  no_workbook: () => "không có phần sổ làm việc (xl/workbook.xml)",
  other: (detail) => `chi tiết: ${detail || "không rõ"}`,
};

/** Vietnamese, the default language. */
export const vi: CliMessages = {
  usage: `hgcs — kiểm tra, điền và lập bảng dự toán kinh phí hòa giải ở cơ sở (.xlsx)

Cách dùng:
  hgcs check <tệp.xlsx|thư-mục…> [--sheet TÊN] [--plan kế-hoạch.json] [--date YYYY-MM-DD] [--format text|json] [--quiet] [--report báo-cáo.xlsx [--force]]
  hgcs fill <tệp.xlsx> -o <tệp-mới.xlsx> [--fix all|Ô…] [--sheet TÊN] [--plan kế-hoạch.json] [--force]
  hgcs new --plan kế-hoạch.json [--prices đơn-giá.json] -o <dự-toán.xlsx> [--date YYYY-MM-DD] [--force]
  hgcs consolidate <thư-mục|tệp.xlsx…> -o <tổng-hợp.xlsx> [--plan kế-hoạch.json] [--date YYYY-MM-DD] [--force]
  hgcs words <số> [--le] [--ngan] [--bon] [--ti] [--chan]
  hgcs lists new --plan kế-hoạch.json -o <danh-sách.xlsx> [--date YYYY-MM-DD] [--format text|json] [--force]
  hgcs lists check <tệp.xlsx> --plan kế-hoạch.json [--sheet TÊN] [--series MÃ] [--rate SỐ] [--estimate dự-toán.xlsx] [--format text|json]
  hgcs distribute --plan kế-hoạch.json --weights trọng-số.csv -o <phân-phối.xlsx> [--material MÃ] [--format text|json] [--force]
  hgcs distribute check <tệp.xlsx> [--plan kế-hoạch.json] [--weights trọng-số.csv] [--sheet TÊN] [--format text|json]
  hgcs schedule --plan kế-hoạch.json [--min-gap SỐ-NGÀY] [--series MÃ] [--check NGÀY,NGÀY,…] [-o <lịch.xlsx>] [--format text|json] [--force]
  hgcs schedule check <tệp.xlsx> --plan kế-hoạch.json [--min-gap SỐ-NGÀY] [--series MÃ] [--sheet TÊN] [--format text|json]

Chữ số: --le (lẻ thay linh), --ngan (ngàn thay nghìn), --bon (bốn thay tư), --ti (tỉ thay tỷ), --chan (thêm "chẵn").
Kết quả: --format text|json với check, lists, distribute và schedule (json: một tài liệu JSON ra stdout — check trên một thư mục hoặc nhiều tệp: JSON Lines —, thông báo theo ngôn ngữ --lang).
Tùy chọn chung: --lang vi|en (ngôn ngữ thông báo), --help, --version.
Tệp lớn hơn 50 MB bị từ chối (đổi bằng biến môi trường HGCS_MAX_BYTES), trang có hơn 2.200.000 ô cũng vậy (HGCS_MAX_CELLS).
Kiểm tra một thư mục hoặc nhiều tệp: mỗi tệp một dòng tóm tắt (JSON Lines với --format json), song song trên các nhân máy (HGCS_WORKERS đặt số luồng); kế hoạch tên.plan.json cạnh tệp áp dụng cho tệp đó, --plan chỉ cho tệp của đơn vị ban hành kế hoạch.
Mã thoát: 0 = không có lỗi; 1 = bảng có lỗi (hoặc có tệp không kiểm tra được); 2 = không dùng được tệp hoặc tham số đầu vào; 3 = lỗi nội bộ.`,
  problems: {
    "file.missing": ({ file }) => `Không tìm thấy tệp ${file}.`,
    "file.not_a_file": ({ file, what }) =>
      what === "directory"
        ? `${file} là thư mục, không phải tệp.`
        : `${file} không phải tệp thường (là ống dẫn, thiết bị hoặc tệp đặc biệt khác).`,
    "file.empty": ({ file }) => `Tệp ${file} rỗng (0 byte).`,
    "file.too_large": ({ file, bytes, limit }) =>
      `Tệp ${file} quá lớn (${fileSize(bytes, "vi")}); giới hạn là ${fileSize(limit, "vi")} (đặt lại bằng biến môi trường HGCS_MAX_BYTES).`,
    "file.unreadable": ({ file, detail }) => `Không đọc được tệp ${file} (${detail}).`,
    "file.old_xls": ({ file }) =>
      `${file} là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel).`,
    "file.encrypted": ({ file }) =>
      `${file} được đặt mật khẩu mở tệp. Hãy bỏ mật khẩu trong Excel (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại .xlsx.`,
    "file.ole_unknown": ({ file }) =>
      `${file} là tệp Excel cũ (.xls) hoặc tệp có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, và lưu lại dưới dạng .xlsx.`,
    "file.ods": ({ file }) => `${file} là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng .xlsx.`,
    "file.not_zip": ({ file }) => `${file} không phải tệp .xlsx (nội dung không phải sổ làm việc Excel).`,
    "file.corrupt": ({ file, reason, part, detail }) =>
      `Tệp ${file} bị hỏng hoặc không phải .xlsx hợp lệ (${describeCorrupt(corruptReasons, reason, part, detail)}). Hãy lấy lại tệp gốc, hoặc xin gửi lại tệp.`,
    "file.other_format": ({ file, format }) =>
      `${file} là sổ làm việc ${format}, không phải .xlsx; khi kiểm tra nhiều tệp, hgcs chỉ đọc .xlsx. Hãy lưu lại dưới dạng .xlsx.`,
    "batch.no_workbooks": ({ inputs }) => `Không có sổ làm việc nào (.xlsx) trong ${inputs.join(", ")}.`,
    "batch.check_failed": ({ file, detail }) =>
      `Không kiểm tra xong tệp ${file} (${detail}); các tệp khác vẫn được kiểm tra.`,
    "workbook.no_sheets": ({ file }) => `Sổ làm việc ${file} không có trang tính nào.`,
    "sheet.missing": ({ file, sheet, available }) =>
      `${file} không có trang tính “${sheet}”. Các trang có: ${list(available)}.`,
    "sheet.empty": ({ file, sheet }) => `Trang tính “${sheet}” trong ${file} trống (0 dòng).`,
    "sheet.out_of_range": ({ file, sheet, row, cell }) =>
      `Trang tính “${sheet}” trong ${file} có ${cell ? `ô ${cell}` : `ô ở dòng ${count(row ?? 0)}`}, ngoài giới hạn của Excel (1.048.576 dòng × 16.384 cột): tệp bị hỏng hoặc không do Excel tạo ra.`,
    "sheet.too_many_cells": ({ file, sheet, cells, limit }) =>
      `Trang tính “${sheet}” trong ${file} có ${count(cells)} ô, quá giới hạn ${count(limit)} ô mà hgcs đọc được.`,
    "fill.too_large": ({ file, sheet, cells, limit }) =>
      `Sổ làm việc ${file} có ${count(cells)} ô (nhiều nhất ở trang “${sheet}”); fill chỉ ghi lại sổ làm việc có tới ${count(limit)} ô (hgcs check vẫn kiểm tra được).`,
    "fill.huge_merge": ({ file, sheet, range }) =>
      `Trang tính “${sheet}” trong ${file} có vùng gộp ô ${range} quá lớn; fill không ghi lại được sổ làm việc này (hgcs check vẫn kiểm tra được). Hãy bỏ gộp vùng đó trong Excel rồi chạy lại.`,
    "fill.bad_sheet_name": ({ file, sheet }) =>
      `Tên trang tính “${sheet}” trong ${file} dài quá 31 ký tự, Excel không chấp nhận; hãy đổi tên trang rồi chạy lại fill.`,
    "table.none": ({ file, sheets }) =>
      `Không tìm thấy bảng dự toán (dòng tiêu đề có “Nội dung” và “Thành tiền”) trong ${file}; đã xem các trang: ${list(sheets)}.`,
    "json.invalid": ({ file, detail }) => `${file} không phải JSON hợp lệ (${detail}).`,
    "plan.invalid": ({ file, problems }) => `Kế hoạch ${file} không hợp lệ:\n  ${problems.join("\n  ")}`,
    "prices.invalid": ({ file, problems }) => `Bảng đơn giá ${file} không hợp lệ:\n  ${problems.join("\n  ")}`,
    "output.exists": ({ file }) => `Tệp ${file} đã có; không ghi đè. Thêm --force nếu muốn ghi đè.`,
    "output.is_input": ({ file }) =>
      `Tệp ra ${file} trùng với tệp vào; không ghi đè tệp gốc. Hãy chọn tên khác với -o (hoặc thêm --force).`,
    "output.write_failed": ({ file, detail }) => `Không ghi được tệp ${file} (${detail}).`,
    "output.not_a_file": ({ file }) =>
      `${file} đã có và không phải tệp thường (thư mục, ống dẫn hoặc thiết bị); không ghi vào đó, kể cả khi có --force.`,
    "output.macros": ({ file }) =>
      `Không ghi ${file}: sổ làm việc ghi ra không giữ được macro, nên không được mang đuôi .xlsm. Hãy chọn tên .xlsx với -o.`,
    "args.unknown_command": ({ command }) =>
      `Không có lệnh “${command}”. Các lệnh: check, fill, new, words, lists, distribute, schedule.`,
    "args.unknown_option": ({ option }) => `Không có tùy chọn ${option}.`,
    "args.missing_value": ({ option }) => `Tùy chọn ${option} cần một giá trị.`,
    "args.missing": ({ what }) => `Thiếu ${argNames[what]}.`,
    "args.unexpected": ({ value }) => `Tham số thừa: “${value}”.`,
    "args.bad_value": ({ option, value, allowed }) =>
      `Giá trị “${value}” không dùng được cho ${option} (cần: ${allowed}).`,
    "weights.invalid": ({ file, problems }) => `Tệp trọng số ${file} có lỗi:\n  ${problems.join("\n  ")}`,
    "sheet.no_list": ({ file, sheets, what }) =>
      what === "lists"
        ? `Không tìm thấy danh sách đại biểu (dòng tiêu đề có “Họ và tên”) trong ${file}; đã xem các trang: ${list(sheets)}.`
        : what === "schedule"
          ? `Không tìm thấy lịch hội nghị (cột “Ngày tổ chức”, “Thời gian” hoặc “Ngày”) trong ${file}; đã xem các trang: ${list(sheets)}.`
          : `Không tìm thấy bảng phân phối (dòng tiêu đề có “Đơn vị nhận” và “Số lượng”) trong ${file}; đã xem các trang: ${list(sheets)}.`,
    "plan.no_series": ({ file, series, available }) =>
      available.length === 0
        ? `Kế hoạch ${file} không có đợt hội nghị nào.`
        : `Kế hoạch ${file} không có đợt hội nghị “${series}”. Các đợt có: ${list(available)}.`,
    "plan.no_materials": ({ file }) =>
      `Kế hoạch ${file} không có tài liệu nào để phân phối (mục “materials” trống); hãy thêm tài liệu (tờ gấp, sổ tay…) vào kế hoạch.`,
    "words.bad_number": ({ value }) => `“${value}” không phải số nguyên (ví dụ: 243000000 hoặc 243.000.000).`,
  },
  severity: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  stopped: (message) => `Lỗi: ${message}`,
  internalError: (detail) =>
    `Lỗi nội bộ của hgcs (${detail}). Tệp của bạn không bị thay đổi. Đặt HGCS_DEBUG=1 để xem chi tiết và báo lại cho nhóm phát triển.`,
  check: {
    sheetHeading: ({ sheet, hidden, range, scale }) => `Trang “${sheet}”${hidden} — bảng dự toán ${range}, ${scale}`,
    noTableInSheet: ({ sheet, hidden }) => `Trang “${sheet}”${hidden}: không có bảng dự toán.`,
    hidden: " (trang ẩn)",
    clean: "không có vấn đề nào.",
    summary: ({ errors, warnings, infos }) => `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
    scale: ({ scale }) =>
      scale === 1000
        ? "đơn vị tính: nghìn đồng"
        : scale === 1_000_000
          ? "đơn vị tính: triệu đồng"
          : "đơn vị tính: đồng",
  },
  batch: {
    sheetLine: ({ file, unit, sheet, total, errors, warnings, overCap, plan }) =>
      `${file} — ${unit} — trang “${sheet}” — ${total} — ${count(errors)} lỗi, ${count(warnings)} cảnh báo, ${count(overCap)} dòng vượt mức — ${plan}`,
    failedLine: ({ file, message }) => `${file} — không kiểm tra được: ${message}`,
    noUnit: "(không rõ đơn vị)",
    noTotal: "chưa có tổng cộng",
    total: ({ amount }) => `${amount} đồng`,
    plan: ({ file }) => `theo kế hoạch ${file}`,
    noPlan: "không đối chiếu kế hoạch",
    totals: ({ files, clean, withErrors, unreadable, skipped }) =>
      `Đã xem ${files} tệp: ${clean} không có lỗi, ${withErrors} có lỗi, ${unreadable} không kiểm tra được.` +
      (skipped > 0 ? ` Bỏ qua ${count(skipped)} tệp do hgcs ghi ra (báo cáo, tổng hợp).` : ""),
    sharedPlan: ({ file, unit, count: n }) =>
      n === 0
        ? `Kế hoạch ${file} (của ${unit}) không khớp đơn vị nào; các tệp được kiểm tra mà không đối chiếu kế hoạch.`
        : `Kế hoạch ${file} (của ${unit}) áp dụng cho ${count(n)} tệp của đơn vị đó; các tệp khác kiểm tra theo kế hoạch riêng bên cạnh (tên.plan.json) nếu có, không thì không đối chiếu kế hoạch.`,
    findingsHeading: "Chi tiết:",
    reportWritten: ({ file }) => `Đã ghi báo cáo ${file}.`,
  },
  fill: {
    wrote: ({ file, sheet, count }) => `Đã ghi ${count} ô vào ${file} (trang “${sheet}”):`,
    nothing: ({ file, sheet }) => `Trang “${sheet}” của ${file} không còn ô nào cần điền; không ghi tệp mới.`,
    format: "định dạng",
    answers: "sửa",
    unkept: ({ file, parts }) =>
      `Lưu ý: tệp ra ${file} không giữ được ${parts} của tệp gốc (thư viện ExcelJS không ghi lại được); tệp gốc không bị thay đổi. Nếu cần giữ, hãy điền bằng add-in trong Excel.`,
    partNames: {
      charts: "biểu đồ",
      chartsheets: "trang biểu đồ",
      pivotTables: "bảng tổng hợp (PivotTable)",
      macros: "macro",
      slicers: "bộ lọc slicer/timeline",
    },
    notFixed: ({ count }) =>
      `Còn ${count} vấn đề chưa sửa (fill chỉ ghi đè ô đã có số liệu khi được chỉ định bằng --fix Ô hoặc --fix all; mức chi, số lượng do người lập sửa):`,
  },
  sheets: {
    sheetHeading: ({ sheet }) => `Trang “${sheet}”:`,
    noTable: ({ sheet }) => `Trang “${sheet}”: không có bảng.`,
    notes: "Lưu ý:",
    listsWrote: ({ file, conferences, sheets }) =>
      `Đã ghi ${sheets} trang danh sách (đại biểu và hỗ trợ tiền ăn, đi lại của ${conferences} hội nghị) vào ${file}.`,
    limit: ({ limit }) => `Khoản dự toán hỗ trợ tiền ăn, đi lại cho mỗi hội nghị: ${limit} đồng.`,
    distributeWrote: ({ file, copies, units }) =>
      `Đã ghi bảng phân phối ${copies} bản cho ${units} đơn vị vào ${file}.`,
    scheduleHeading: ({ series, count, window, minGap }) =>
      `Lịch đề xuất cho ${series} (${count} hội nghị, ${window}, ngày khai mạc cách nhau ít nhất ${minGap} ngày):`,
    scheduleChecked: ({ series, count, window, minGap }) =>
      `Kiểm tra lịch ${series} (${count} hội nghị, ${window}, ngày khai mạc cách nhau ít nhất ${minGap} ngày):`,
    scheduleLine: ({ number, days, place }) =>
      `  Hội nghị ${number}: ${days}${place === undefined ? "" : ` — ${place}`}`,
    scheduleWrote: ({ file, count }) => `Đã ghi lịch ${count} hội nghị vào ${file}.`,
  },
  consolidate: {
    wrote: ({ file, units, total }) =>
      `Đã ghi bảng tổng hợp dự toán của ${units} đơn vị vào ${file}: tổng cộng ${total} đồng.`,
    unitLine: ({ unit, file, sheet, total, recomputed, errors }) =>
      `  ${unit} (${file}, trang “${sheet}”): ${total} đồng` +
      (recomputed === undefined ? "" : `, tính lại ${recomputed} đồng`) +
      (errors > 0 ? ` — bảng có ${errors} lỗi, số liệu như đơn vị gửi` : ""),
    leftOut: (message) => `Không tổng hợp: ${message}`,
    leftOutNote: "Các tệp sau không tổng hợp được (số liệu của chúng không có trong bảng):",
    skipped: ({ file }) => `Bỏ qua ${file}: sổ do hgcs lập (báo cáo hoặc bảng tổng hợp).`,
    hiddenLeftOut: ({ file, sheet }) => `Không tổng hợp trang ẩn “${sheet}” của ${file} (hiện trang nếu cần cộng).`,
    hiddenNote: "Các trang ẩn sau không được tổng hợp (thường là bản cũ giữ lại để tham khảo):",
    hiddenSheet: ({ file, sheet }) => `${file}, trang “${sheet}”`,
  },
  create: {
    wrote: ({ file, sections, lines, total }) =>
      `Đã ghi dự toán vào ${file}: ${sections} mục, ${lines} khoản chi, tổng cộng ${total} đồng.`,
    notes: "Lưu ý khi lập dự toán:",
  },
  report: {
    summarySheet: "Tổng hợp",
    detailsSheet: "Chi tiết",
    summaryTitle: ({ files, date }) => `Kết quả kiểm tra dự toán: ${files} tệp (lập ngày ${date})`,
    detailsTitle: ({ findings, unreadable, date }) =>
      `Chi tiết các vấn đề: ${findings} vấn đề${unreadable > 0 ? ` và ${count(unreadable)} tệp không kiểm tra được` : ""} (lập ngày ${date})`,
    headers: {
      number: "STT",
      unit: "Đơn vị",
      file: "Tệp",
      sheet: "Trang tính",
      range: "Vùng bảng",
      total: "Tổng cộng (đồng)",
      errors: "Lỗi",
      warnings: "Cảnh báo",
      infos: "Thông tin",
      plan: "Kế hoạch đối chiếu",
      note: "Ghi chú",
      cell: "Ô",
      severity: "Mức độ",
      code: "Mã",
      message: "Nội dung",
    },
    noTable: "Không tìm thấy bảng dự toán.",
    hidden: "Trang ẩn.",
    leftOut: ({ count }) => `… và ${count} vấn đề nữa không ghi vào báo cáo (quá số dòng của một trang tính).`,
  },
};

const count = (n: number) => groupedCount(n, "vi");

const argNames: Readonly<Record<ArgName, string>> = {
  input: "tệp .xlsx cần đọc",
  output: "tệp ra (-o <tệp.xlsx>)",
  plan: "tệp kế hoạch (--plan kế-hoạch.json)",
  number: "số cần đọc thành chữ",
  weights: "tệp trọng số (--weights trọng-số.csv, mỗi dòng “đơn vị,trọng số”)",
  action: "việc cần làm (new hoặc check)",
};
