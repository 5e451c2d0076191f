import fc from "fast-check";
import { ByteTags, CLOSE, EMPTY, OPEN } from "../../../../src/host/file/xlsx/byte-tags";
import { readSheet, type SheetContext } from "../../../../src/host/file/xlsx/read-sheet";
import { utf8 } from "../../../../src/host/file/xlsx/utf8";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const reference = new TextDecoder("utf-8", { ignoreBOM: true });
const CTX: SheetContext = { sharedStrings: ["共享"], dateStyles: [false, true], date1904: false };
const sheet = (data: string, tail = ""): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${tail}</worksheet>`;

describe("utf8: a slice decoded as TextDecoder decodes it", () => {
  test("any bytes, malformed ones included (U+FFFD as TextDecoder puts it)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(), fc.nat(), (b, x, y) => {
        const from = b.length ? x % b.length : 0;
        const to = from + (b.length - from ? y % (b.length - from + 1) : 0);
        expect(utf8(b, from, to)).toBe(reference.decode(b.subarray(from, to)));
      }),
      { numRuns: 2000 },
    );
  });

  test("any text: CJK, supplementary planes (𠮷, emoji), a leading U+FEFF, short and long", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        const b = bytes(s);
        expect(utf8(b, 0, b.length)).toBe(s);
      }),
    );
    for (const s of ["\ufeff单位", "𠮷野家😀", "危险化学品".repeat(100), ""]) expect(utf8(bytes(s), 0, bytes(s).length)).toBe(s);
  });
});

describe("ByteTags: the tags of xml.ts's scan, over bytes", () => {
  test("kinds, local names of prefixed tags, attributes in either quotes with > inside, comments and processing instructions skipped", () => {
    const b = bytes(`<?xml version="1.0"?><!-- <c r="Z9"/> --><x:row r='3' spans="1:2"><x:c r="B3" s="1" t="inlineStr" x:extra="a>b"/></x:row>`);
    const tags = new ByteTags(b);
    const seen: string[] = [];
    for (let i = 0; tags.next(i); i = tags.end) {
      const name = ["row", "c"].find((n) => tags.is(n)) ?? "?";
      seen.push(`${["open", "empty", "close"][tags.kind]} ${name} r=${tags.attr("r")} extra=${tags.attr("extra")}`);
    }
    expect(seen).toEqual(["open row r=3 extra=undefined", "empty c r=B3 extra=a>b", "close row r=undefined extra=undefined"]);
    expect([OPEN, EMPTY, CLOSE]).toEqual([0, 1, 2]);
  });

  test("numbers and columns are read as Number and the letters read them; xmlns declarations are not attributes", () => {
    const tags = new ByteTags(bytes(`<c xmlns:r="urn:x" r="AB12" s="07" n="1e3" e="&#65;"/>`));
    expect(tags.next(0)).toBe(true);
    expect([tags.attrColumn("r"), tags.attrNumber("s"), tags.attrNumber("n"), tags.attrNumber("none"), tags.attr("e")]).toEqual([27, 7, 1000, undefined, "A"]);
  });

  test("text: entities, CDATA, a prefixed closing tag with spaces, and where it stops", () => {
    const b = bytes(`<v>a &amp; <![CDATA[<b>]]> c</ x:v >rest`);
    const tags = new ByteTags(b);
    expect(tags.text(3, "v")).toBe("a & <b> c");
    expect(new TextDecoder().decode(b.subarray(tags.after))).toBe("rest");
  });
});

describe("readSheet over bytes", () => {
  test("cells of every kind, merges after the data, comments and CDATA inside it", () => {
    const xml = sheet(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><!-- a comment --><c r="C1" t="inlineStr"><is><r><t xml:space="preserve">富 </t></r><r><t><![CDATA[文&本]]></t></r><rPh sb="0" eb="1"><t>フ</t></rPh></is></c></row>` +
        `<row r="3"><c r="A3" s="1"><v>46082</v></c><c r="B3"><f>1+1</f></c><c r="C3" t="str"><f>"x"</f><v>a_x000D_b</v></c><c r="D3" t="b"><v>0</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3"/><c r="G3" t="inlineStr"><is><t/></is></c></row>` +
        `<row><c><v>1</v></c><c><v>2.5</v></c></row>`,
      `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`,
    );
    const data = readSheet("甲", bytes(xml), CTX);
    expect(data).toEqual({ name: "甲", merges: ["A1:B1"], rows: [["共享", null, "富 文&本"], [], [46082, null, "a\rb", false, "#N/A", null, ""], [1, 2.5]] });
  });

  test("a number's text is read as Number reads it, whether or not it is a plain integer (the fast path)", () => {
    const texts = fc.oneof(
      fc.nat().map(String),
      fc.double({ noNaN: true }).map(String),
      fc.stringMatching(/^[ 0-9.eE+-]{0,18}$/),
      fc.constantFrom("007", "1234567890123456", "123456789012345", " 7 ", "", "1e3", "0x10"),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const [cell] = readSheet("甲", bytes(sheet(`<row r="1"><c r="A1"><v>${text}</v></c><c r="B1" t="s"><v>${text}</v></c></row>`)), { ...CTX, sharedStrings: Array.from({ length: 20 }, (_, i) => `串${i}`) }).rows[0] ?? [];
        const num = Number(text);
        expect(cell ?? null).toBe(text.trim() === "" || Number.isNaN(num) ? null : num);
      }),
      { numRuns: 500 },
    );
    const shared = readSheet("甲", bytes(sheet(`<row r="1"><c r="A1" t="s"><v>007</v></c><c r="B1" t="s"><x:v>1</x:v></c><c r="C1" t="s"><v>99</v></c></row>`)), { ...CTX, sharedStrings: ["零", "一", "二", "三", "四", "五", "六", "七"] });
    expect(shared.rows).toEqual([["七", "一"]]);
  });

  test("a byte order mark before the declaration and text longer than the short path", () => {
    const long = "安全生产".repeat(200);
    const data = readSheet("乙", new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`))]), CTX);
    expect(data.rows).toEqual([[long]]);
  });
});
