import { fileKind, notWorkbookMessage } from "../../src/core/file-kind";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("what a file is, from its first bytes", () => {
  test.each<[string, Uint8Array, string]>([
    ["an .xlsx (zip, [Content_Types].xml first)", bytes([0x50, 0x4b, 3, 4], "\0".repeat(26), "[Content_Types].xml"), "xlsx"],
    ["an .ods (zip, mimetype first)", bytes([0x50, 0x4b, 3, 4], "\0".repeat(26), "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), "ods"],
    ["an .xls / .et / encrypted .xlsx", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "\0\0"), "ole"],
    ["a PDF", bytes("%PDF-1.7\n"), "pdf"],
    ["a CSV", new TextEncoder().encode("单位名称,统一社会信用代码\n某公司,91150200\n"), "text"],
    ["nothing", new Uint8Array(0), "empty"],
    ["anything else", bytes([0, 1, 2, 3, 0xff]), "other"],
  ])("%s", (_what, b, kind) => {
    expect(fileKind(b)).toBe(kind);
  });

  test("each kind but .xlsx has a message naming the file and what to do", () => {
    for (const kind of ["ods", "ole", "pdf", "text", "empty", "other"] as const) {
      expect(notWorkbookMessage(kind, "名录.xls")).toContain("“名录.xls”");
    }
    expect(notWorkbookMessage("xlsx", "a.xlsx")).toBeNull();
    expect(notWorkbookMessage("ole", "a.xls")).toContain("另存为");
  });
});
