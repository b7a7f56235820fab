import { describe, expect, it } from "vitest";
import { parseVietnameseWords } from "./parseVietnameseWords.js";
import { toVietnameseWords } from "./toVietnameseWords.js";
import { allStyles, expectedWords, wordVectors } from "./testing/wordsVectors.js";

function value(text: string): bigint | string {
  const r = parseVietnameseWords(text);
  return r.ok ? r.value : r.reason;
}

describe("parseVietnameseWords", () => {
  it.each(allStyles)("reads every vector in style %o", (style) => {
    for (const [n, template] of wordVectors) expect(value(expectedWords(template, style))).toBe(n);
  });

  it("accepts the regional and typing variants", () => {
    expect(value("một trăm lẻ năm")).toBe(105n);
    expect(value("một ngàn")).toBe(1000n);
    expect(value("hai mươi bốn")).toBe(24n);
    expect(value("hai mươi tư")).toBe(24n);
    expect(value("mười tư")).toBe(14n);
    expect(value("một trăm linh tư")).toBe(104n);
    expect(value("một tỉ")).toBe(1_000_000_000n);
    expect(value("hai mươi nhăm")).toBe(25n);
    expect(value("hai mươi năm")).toBe(25n);
    expect(value("mười năm")).toBe(15n);
    expect(value("hai mươi một")).toBe(21n);
    expect(value("bẩy trăm")).toBe(700n);
    expect(value("MỘT TRĂM HAI MƯƠI MỐT")).toBe(121n);
    expect(value("Hai trăm bốn mươi ba triệu".normalize("NFD"))).toBe(243_000_000n);
    expect(value("âm năm nghìn")).toBe(-5000n);
    expect(value("Không đồng")).toBe(0n);
  });

  it("accepts labels, đồng, chẵn, ./., brackets and commas", () => {
    expect(value("Bằng chữ: Hai trăm bốn mươi ba triệu đồng./.")).toBe(243_000_000n);
    expect(value("Số tiền bằng chữ: Hai trăm bốn mươi ba triệu đồng chẵn./.")).toBe(243_000_000n);
    expect(value("(Bằng chữ: Một triệu, hai trăm năm mươi nghìn đồng (chẵn))")).toBe(1_250_000n);
    expect(value("Tổng số tiền viết bằng chữ: năm triệu đồng.")).toBe(5_000_000n);
    expect(value("“Bằng chữ:\u00a0Năm\u2009triệu – hai trăm nghìn đồng…”\t")).toBe(5_200_000n);
    expect(value("Một tỉ bốn trăm năm mươi ba triệu một trăm hai mươi mốt nghìn bốn trăm lẻ một đồng")).toBe(
      1_453_121_401n,
    );
  });

  it("accepts colloquial forms that drop không trăm", () => {
    expect(value("một nghìn lẻ một")).toBe(1001n);
    expect(value("một nghìn mười")).toBe(1010n);
    expect(value("một triệu hai mươi nghìn")).toBe(1_020_000n);
    expect(value("một triệu năm nghìn")).toBe(1_005_000n);
    expect(value("một tỷ linh năm")).toBe(1_000_000_005n);
    expect(value("hai nghìn không trăm linh năm")).toBe(2005n);
  });

  it("reads recursive tỷ exactly", () => {
    expect(value("một nghìn tỷ")).toBe(10n ** 12n);
    expect(value("một tỷ tỷ")).toBe(10n ** 18n);
    expect(value("một tỷ không trăm linh một tỷ")).toBe(10n ** 18n + 10n ** 9n);
    expect(value(toVietnameseWords(10n ** 30n + 7n))).toBe(10n ** 30n + 7n);
  });

  it("reads what was written, so a wrong total is detected", () => {
    expect(value("năm trăm sáu mươi hai triệu")).toBe(562_000_000n);
    expect(value("năm trăm sáu mươi hai triệu")).not.toBe(562_100_000n);
    expect(value("năm trăm sáu mươi hai triệu một trăm nghìn")).toBe(562_100_000n);
  });

  it("refuses forms that could mean two amounts", () => {
    expect(value("một nghìn hai")).toBe("ambiguous_group: hai");
    expect(value("một trăm năm")).toBe("ambiguous_group: năm");
    expect(value("một triệu năm")).toBe("ambiguous_group: năm");
  });

  it("rejects garbage with a code and the offending word", () => {
    expect(value("")).toBe("empty");
    expect(value("Bằng chữ: đồng./.")).toBe("empty");
    expect(value("12 triệu")).toBe("digit_in_text: 1");
    expect(value("hai triệu rưỡi")).toBe("unknown_word: rưỡi");
    expect(value("hai mười")).toBe("unexpected_word: mười");
    expect(value("một trăm hai trăm")).toBe("unexpected_word: hai");
    expect(value("mười mốt")).toBe("unexpected_word: mốt");
    expect(value("một trăm linh mốt")).toBe("missing_digit: linh");
    expect(value("trăm")).toBe("missing_digit: trăm");
    expect(value("một mươi")).toBe("misplaced_word: mươi");
    expect(value("tư")).toBe("misplaced_word: tư");
    expect(value("lăm nghìn")).toBe("misplaced_word: lăm");
    expect(value("linh năm")).toBe("misplaced_word: linh");
    expect(value("không trăm năm mươi")).toBe("misplaced_word: không");
    expect(value("một nghìn không trăm")).toBe("zero_group: không");
    expect(value("một nghìn hai triệu")).toBe("scale_order: triệu");
    expect(value("một nghìn hai nghìn")).toBe("scale_order: nghìn");
    expect(value("tỷ")).toBe("missing_number: tỷ");
    expect(value("một triệu nghìn")).toBe("missing_number: nghìn");
  });
});
