import { describe, expect, it } from "vitest";
import { foldText } from "../text/normalize.js";
import { headerKey, matchVocabulary } from "./vocabulary.js";

describe("headerKey", () => {
  it("keeps letters, digits and slashes, one space between words", () => {
    expect(headerKey(foldText("Số ngày/\nbuổi (5)"))).toBe("so ngay/buoi 5");
    expect(headerKey(foldText("  Đơn  vị \t tính: "))).toBe("don vi tinh");
  });
});

describe("matchVocabulary", () => {
  const vocabulary = [
    ["ho va ten", "name"],
    ["ho ten", "name"],
    ["chuc vu", "title"],
  ] as const;
  const match = (text: string) => matchVocabulary(vocabulary, foldText(text));

  it("matches a whole key or a phrase followed by a space or a slash", () => {
    expect(match("Họ và tên")).toBe("name");
    expect(match("Họ tên đại biểu")).toBe("name");
    expect(match("Chức vụ/đơn vị")).toBe("title");
  });

  it("does not match a phrase that runs on into another word, an empty or an overlong text", () => {
    expect(match("Chức vụ1")).toBeUndefined();
    expect(match("Họ tênx")).toBeUndefined();
    expect(match("")).toBeUndefined();
    expect(match("Họ và tên " + "x".repeat(60))).toBeUndefined();
  });
});
