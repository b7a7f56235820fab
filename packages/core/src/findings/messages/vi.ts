import type { MessageCatalogue } from "./types.js";

/** Vietnamese messages (the default). */
export const vi: MessageCatalogue = {
  "table.not_found":
    'Không tìm thấy bảng dự toán (dòng tiêu đề có cột Nội dung và cột Thành tiền) trong trang tính "{sheet}".',
  "table.multiple_candidates":
    "Trang tính có {candidates} bảng có thể là bảng dự toán; đã chọn bảng có tiêu đề ở {chosen}.",
  "value.not_a_number": 'Ô ở cột {column} ghi "{text}", không đọc được thành số.',
  "value.formula_error": "Ô có lỗi công thức {error}.",
  "amount.mismatch": "Thành tiền {actual} đ khác tích số lượng × mức chi = {expected} đ.",
  "subtotal.mismatch": "Cộng mục {section} ghi {actual} đ, nhưng tổng các khoản trong mục là {expected} đ.",
  "total.mismatch": "Tổng cộng ghi {actual} đ, nhưng tổng các mục là {expected} đ.",
  "total.double_count": "Tổng cộng cộng cả các khoản chi lẫn dòng cộng mục của chúng ({cells}), bị tính hai lần.",
  "formula.hardcoded": "Ô ghi số {value} gõ tay ở chỗ cột này dùng công thức.",
  "formula.range_omits_rows": "Công thức {formula} bỏ sót dòng {rows} của mục.",
  "formula.range_adds_rows": "Công thức {formula} cộng cả dòng {rows} của phần khác.",
  "formula.inconsistent": "Công thức {formula} khác dạng với các ô cùng cột (dự kiến {expected}).",
  "formula.too_deep": "Công thức lồng quá sâu (quá {depth} tầng); hgcs không đọc và không kiểm tra được công thức này.",
  "words.missing": 'Chưa ghi bằng chữ tổng cộng {total} đ (dòng "Bằng chữ" không có hoặc còn trống).',
  "words.mismatch": 'Dòng bằng chữ "{words}" đọc ra {read}, không khớp tổng cộng {total} đ ({expected}).',
  "words.unreadable": 'Không đọc được dòng bằng chữ "{words}": {reason}. Tổng cộng là {total} đ, bằng chữ: {expected}.',
  "rate.over_cap": "Mức chi {rate} đ vượt mức tối đa {cap} đ/{unit} ({basis}).",
  "rate.cap_unverified": "Mức chi {rate} đ: {cap} ({basis}), chưa được đối chiếu với văn bản gốc — chỉ để tham khảo.",
  "quota.exceeded":
    "Số người {persons} vượt định mức {quota} của nhóm {group} ({perConference} người × {conferences} hội nghị × {days} ngày).",
  "plan.count_mismatch": "Số {what} là {actual}, khác kế hoạch ({expected}).",
  "plan.count_unclear":
    "Số lượng {actual} ở dòng này không cho biết có phải số {what} hay không (xem đơn vị tính): chưa so với kế hoạch ({expected}).",
  "budget.over_allocation": "Tổng dự toán {total} đ vượt kinh phí được giao {allocated} đ.",
  "text.legacy_encoding": 'Văn bản mã {encoding} (ví dụ "{sample}") đã được đọc sang Unicode.',
  "options.invalid": "Tùy chọn {option} không dùng được (cần {expected}); đã bỏ qua tùy chọn này.",
  "plan.invalid": "Kế hoạch không hợp lệ: {problem}",
  "plan.quota_sum_mismatch": "Tổng các nhóm đại biểu là {sum}, khác số đại biểu mỗi hội nghị ({delegates}).",
  "plan.outside_year": "{what} nằm ngoài năm kế hoạch {year}.",
  "plan.range_reversed": "{what}: ngày bắt đầu {from} sau ngày kết thúc {to}.",
  "plan.unknown_reference": 'Không có {kind} mang mã "{ref}" trong kế hoạch.',
  "plan.handout_short":
    '"{material}" phát cho đại biểu hội nghị chỉ có {copies} bản (trừ số lưu) mà hội nghị có {delegates} đại biểu; dự toán không còn dòng tài liệu riêng cho đại biểu của hội nghị đó.',
  "plan.district_after_reform":
    "{what} là cấp huyện, nhưng kế hoạch lập từ ngày 01/07/2025, khi chính quyền địa phương chỉ còn hai cấp (tỉnh và xã).",
  "plan.duplicate_id": 'Mã "{id}" dùng cho nhiều hơn một {kind}.',
  "plan.not_positive": "Giá trị {value} phải là số nguyên dương.",
  "plan.kept_exceeds_copies": "Số tài liệu lưu lại ({kept}) lớn hơn số lượng in ({copies}).",
  "plan.responsibility_without_unit": "Một mục trách nhiệm không ghi đơn vị thực hiện.",
  "plan.unknown_key":
    'Mục "{key}" không có trong mẫu kế hoạch nên không được dùng (sai chính tả, hay tệp viết cho phiên bản khác?).',
  "price.missing": 'Chưa có đơn giá cho khoản "{line}"; dòng này để trống thành tiền.',
  "norms.invalid": "Bảng định mức không hợp lệ: {problem}",
  "norms.raises_cap":
    "Dòng định mức {key} của tỉnh ({cap} đ) cao hơn mức tối đa toàn quốc {national} đ ({basis}); tỉnh chỉ được quy định thấp hơn, nên mức toàn quốc được áp dụng.",
  "prices.invalid": "Bảng đơn giá không hợp lệ: {problem}",
  "norms.unknown_key": 'Mục "{key}" không có trong mẫu bảng định mức nên không được dùng.',
  "prices.unknown_key": 'Mục "{key}" không có trong mẫu bảng đơn giá nên không được dùng.',
  "prices.renamed_unread":
    'Dòng "{line}" (khoản {what}) được đặt lại tên mà trên bảng tính không còn đọc ra là khoản đó: mức tối đa và định mức của khoản sẽ không được kiểm tra trên trang. Nên giữ từ chỉ khoản chi trong tên dòng.',
  "list.not_found": 'Không tìm thấy {kind} trong trang tính "{sheet}".',
  "weights.empty": 'Tệp trọng số không có dòng "đơn vị,trọng số" nào.',
  "weights.bad_row": 'Dòng {line} của tệp trọng số ("{text}") không có dạng "đơn vị,trọng số".',
  "weights.bad_weight": 'Dòng {line}: trọng số "{value}" của {unit} phải là số nguyên không âm.',
  "weights.duplicate_unit": "Dòng {line}: đơn vị {unit} đã có ở dòng {first}.",
  "distribution.no_weight": "Mọi đơn vị đều có trọng số 0, không chia được {copies} bản.",
  "distribution.kept_unknown": "Kế hoạch ghi có lưu lại tài liệu nhưng không ghi số lượng; đã chia cả {copies} bản.",
  "distribution.bad_count": 'Số lượng "{value}" phải là số nguyên không âm.',
  "distribution.sum_mismatch": "Các đơn vị nhận cộng lại {sum} bản, khác số cần phân phối ({expected}).",
  "distribution.total_mismatch": "Dòng tổng cộng ghi {actual}, nhưng các dòng cộng lại {expected}.",
  "distribution.unknown_unit": 'Đơn vị "{unit}" không có trong danh sách trọng số.',
  "distribution.missing_unit": 'Đơn vị "{unit}" trong danh sách trọng số không có trong bảng phân phối.',
  "distribution.duplicate_unit": 'Đơn vị "{unit}" ghi hai lần (lần đầu ở ô {first}).',
  "schedule.not_enough_days":
    "Trong thời gian kế hoạch ({window}) chỉ xếp được {available} hội nghị vào ngày làm việc, ngày khai mạc cách nhau ít nhất {minGap} ngày; không đủ {count}.",
  "schedule.holidays_unknown":
    "Chưa có thông báo nghỉ lễ, Tết năm {year}: Tết, Giỗ Tổ và các ngày lễ cố định đã được tính, những ngày chỉ thông báo hằng năm mới quyết định (ngày Tết thứ năm, nghỉ bù, hoán đổi, ngày liền kề Quốc khánh) được tránh; hãy kiểm tra khi có thông báo.",
  "schedule.bad_date": '"{text}" không đọc được thành ngày (dd/mm/yyyy).',
  "schedule.outside_window": "Ngày {date} nằm ngoài thời gian kế hoạch ({window}).",
  "schedule.weekend": "Ngày {date} là {weekday}, không phải ngày làm việc.",
  "schedule.holiday": "Ngày {date} là ngày nghỉ {holiday}.",
  "schedule.holiday_unsettled":
    "Ngày {date} có thể là ngày nghỉ dịp {holiday}: chưa có thông báo nghỉ lễ, Tết năm {year} để biết chắc; hãy kiểm tra.",
  "schedule.too_close": "Ngày {date} chỉ cách hội nghị trước ({previous}) {gap} ngày, ít hơn {minGap} ngày.",
  "list.over_delegates": "Danh sách có {count} người, vượt số đại biểu mỗi hội nghị theo kế hoạch ({max}).",
  "list.group_over_quota": "Nhóm {group} có {count} người, vượt định mức {quota} người mỗi hội nghị.",
  "list.unknown_group": 'Không xác định được đối tượng "{text}" thuộc nhóm đại biểu nào của kế hoạch.',
  "list.paid_salaried": "{name} thuộc nhóm {group} (hưởng lương từ NSNN) nên không được hỗ trợ tiền ăn, đi lại.",
  "list.days_over": "Số ngày {days} vượt số ngày của hội nghị ({max}).",
  "list.duplicate_person": "{name} có tên hai lần trong danh sách (lần đầu ở ô {first}).",
  "list.over_estimate": "Tổng danh sách {total} đ vượt khoản dự toán dành cho nó ({limit} đ).",
  "consolidation.empty": "Không có bảng dự toán nào để tổng hợp.",
  "consolidation.unit_has_errors":
    "Bảng dự toán của {unit} có {errors} lỗi; số liệu được tổng hợp như đơn vị gửi, cần đơn vị sửa và gửi lại.",
  "consolidation.duplicate_unit":
    "{unit} có thêm bảng dự toán ở {file}, trang “{sheet}” (ngoài bảng ở {first}, trang “{firstSheet}”); các bảng đều được cộng vào tổng hợp.",
  "consolidation.no_allotments":
    "Kế hoạch không có số liệu giao cho từng đơn vị (allotments): các đơn vị không được đối chiếu với kế hoạch.",
  "consolidation.unit_not_allotted": "Kế hoạch không giao số liệu cho {unit}.",
  "consolidation.unit_ambiguous":
    "Không rõ {unit} là đơn vị nào trong kế hoạch ({candidates}); đơn vị này không được đối chiếu.",
  "consolidation.allotment_without_estimate":
    "Kế hoạch giao số liệu cho {unit} nhưng không có bảng dự toán của đơn vị này.",
  "consolidation.over_allotment": "Dự toán của {unit} là {total} đ, vượt số kế hoạch giao {allotted} đ.",
  "consolidation.count_over_allotment": "Dự toán của {unit} tính {count} {what}, vượt số kế hoạch giao ({allotted}).",
};
