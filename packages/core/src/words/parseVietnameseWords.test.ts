import { describe, expect, it } from "vitest";
import { parseVietnameseWords, type WordsParseReason } from "./parseVietnameseWords.js";
import { toVietnameseWords } from "./toVietnameseWords.js";
import { allStyles, expectedWords, wordVectors } from "./testing/wordsVectors.js";

function value(text: string): bigint | WordsParseReason {
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
    expect(value("một nghìn hai")).toEqual({ code: "ambiguous_group", word: "hai" });
    expect(value("một trăm năm")).toEqual({ code: "ambiguous_group", word: "năm" });
    expect(value("một triệu năm")).toEqual({ code: "ambiguous_group", word: "năm" });
  });

  it("rejects garbage with a code and the offending word", () => {
    expect(value("")).toEqual({ code: "empty" });
    expect(value("Bằng chữ: đồng./.")).toEqual({ code: "empty" });
    expect(value("12 triệu")).toEqual({ code: "digit_in_text", word: "1" });
    expect(value("hai triệu rưỡi")).toEqual({ code: "unknown_word", word: "rưỡi" });
    expect(value("hai mười")).toEqual({ code: "unexpected_word", word: "mười" });
    expect(value("một trăm hai trăm")).toEqual({ code: "unexpected_word", word: "hai" });
    expect(value("mười mốt")).toEqual({ code: "unexpected_word", word: "mốt" });
    expect(value("một trăm linh mốt")).toEqual({ code: "missing_digit", word: "linh" });
    expect(value("trăm")).toEqual({ code: "missing_digit", word: "trăm" });
    expect(value("một mươi")).toEqual({ code: "misplaced_word", word: "mươi" });
    expect(value("tư")).toEqual({ code: "misplaced_word", word: "tư" });
    expect(value("lăm nghìn")).toEqual({ code: "misplaced_word", word: "lăm" });
    expect(value("linh năm")).toEqual({ code: "misplaced_word", word: "linh" });
    expect(value("không trăm năm mươi")).toEqual({ code: "misplaced_word", word: "không" });
    expect(value("một nghìn không trăm")).toEqual({ code: "zero_group", word: "không" });
    expect(value("một nghìn hai triệu")).toEqual({ code: "scale_order", word: "triệu" });
    expect(value("một nghìn hai nghìn")).toEqual({ code: "scale_order", word: "nghìn" });
    expect(value("tỷ")).toEqual({ code: "missing_number", word: "tỷ" });
    expect(value("một triệu nghìn")).toEqual({ code: "missing_number", word: "nghìn" });
  });

  it("reads thousands of tỷ in a loop, without recursion", () => {
    const words = `Bằng chữ: Một${" tỷ".repeat(7000)} đồng./.`;
    expect(words.length).toBeGreaterThan(21_000);
    const parsed = parseVietnameseWords(words);
    expect(parsed.ok && parsed.value === 10n ** 63_000n).toBe(true);
    expect(value(`tỷ${" tỷ".repeat(5000)}`)).toEqual({ code: "missing_number", word: "tỷ" });
    expect(value(`một tỷ hai nghìn hai${" tỷ".repeat(5000)}`)).toEqual({ code: "ambiguous_group", word: "hai" });
  });
});
