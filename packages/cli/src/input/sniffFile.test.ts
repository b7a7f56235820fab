import { describe, expect, it } from "vitest";
import { sniffFile } from "./sniffFile.js";

const ole = (streamNames: string[]) => {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const dir = Buffer.concat(streamNames.map((n) => Buffer.from(`${n}\0`, "utf16le")));
  return Buffer.concat([header, Buffer.alloc(504), dir]);
};

describe("sniffFile", () => {
  it("tells an .xls from an encrypted OOXML package, both OLE compound files", () => {
    expect(sniffFile(ole(["Root Entry", "Workbook", "\u0005SummaryInformation"]))).toBe("ole-xls");
    expect(sniffFile(ole(["Root Entry", "Book"]))).toBe("ole-xls");
    expect(sniffFile(ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))).toBe("ole-encrypted");
    expect(sniffFile(ole(["Root Entry", "WordDocument"]))).toBe("ole-other");
  });

  it("knows zip packages, OpenDocument ones, empty and other bytes", () => {
    expect(sniffFile(Buffer.from("PK\u0003\u0004rest", "latin1"))).toBe("xlsx-zip");
    const ods = Buffer.concat([
      Buffer.from("PK\u0003\u0004", "latin1"),
      Buffer.alloc(26),
      Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
    ]);
    expect(sniffFile(ods)).toBe("ods");
    // Its "mimetype" entry compressed: known by the entry names (no [Content_Types].xml).
    const names = ["mimetype", "content.xml"].map((name) => {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(name.length, 28);
      return Buffer.concat([entry, Buffer.from(name)]);
    });
    const directory = Buffer.concat(names);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(2, 10);
    end.writeUInt32LE(4, 16);
    expect(sniffFile(Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), directory, end]))).toBe("ods");
    expect(sniffFile(new Uint8Array())).toBe("empty");
    expect(sniffFile(Buffer.from("STT;Nội dung;Thành tiền\n"))).toBe("other");
    expect(sniffFile(Buffer.from([0xd0, 0xcf]))).toBe("other");
  });
});
